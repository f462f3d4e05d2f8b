import { GatewayConfigError, loadGatewayConfig, requireGatewayAuth } from '@carta/auth';
import { startTelemetry } from '@carta/telemetry';
import { DEFAULT_METRICS_PORT, gatewayAuthentication, startGateway } from './gateway';

/**
 * The gateway on its own, in front of subgraphs running elsewhere. A subgraph answers at the URL
 * composed into the supergraph unless CARTA_SUBGRAPH_<NAME>_URL says otherwise. Tokens come from an
 * OIDC issuer (JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE) or, with CARTA_DEV_AUTH=true on a loopback
 * host, a local dev issuer; loadGatewayConfig decides and refuses anything in between.
 */
async function main(): Promise<void> {
  const internalSecret = process.env.CARTA_INTERNAL_SECRET;
  if (!internalSecret || internalSecret.length < 32)
    throw new GatewayConfigError('CARTA_INTERNAL_SECRET must be set (32+ characters, the same for the gateway and every subgraph)');
  const config = loadGatewayConfig(process.env, { devAuthByDefault: false });
  const subgraphUrls = Object.fromEntries(
    Object.entries(process.env)
      .filter(([name, value]) => /^CARTA_SUBGRAPH_[A-Z]+_URL$/.test(name) && value)
      .map(([name, value]) => [name.slice('CARTA_SUBGRAPH_'.length, -'_URL'.length).toLowerCase(), value as string]),
  );
  const { verifier, devIssuer } = await gatewayAuthentication(requireGatewayAuth(config));
  const telemetry = startTelemetry({ serviceName: 'gateway' });
  const gateway = await startGateway({
    port: Number(process.env.PORT ?? 4000),
    host: config.host,
    subgraphUrls,
    verifier,
    internalSecret,
    devIssuer,
    explorable: Boolean(devIssuer),
    rateLimit: config.rateLimit,
    consoleOidc: config.consoleOidc,
    metricsPort: Number(process.env.CARTA_METRICS_PORT ?? DEFAULT_METRICS_PORT),
  });
  console.log(`Carta gateway at ${gateway.url}${devIssuer ? ' (development issuer: /dev/token)' : ''}`);
  process.once(
    'SIGTERM',
    () =>
      void gateway
        .close()
        .then(() => telemetry?.shutdown())
        .then(() => process.exit(0)),
  );
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
