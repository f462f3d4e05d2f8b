import { BearerTokenVerifier, DevTokenIssuer } from '@carta/auth';
import { startGateway } from './gateway';

/**
 * The gateway on its own, in front of subgraphs running elsewhere. A subgraph answers at the URL
 * composed into the supergraph unless CARTA_SUBGRAPH_<NAME>_URL says otherwise. Tokens come from
 * an OIDC issuer (JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE) or, with CARTA_DEV_AUTH=true, a local dev issuer.
 */
async function main(): Promise<void> {
  const internalSecret = process.env.CARTA_INTERNAL_SECRET;
  if (!internalSecret || internalSecret.length < 32) throw new Error('CARTA_INTERNAL_SECRET must be set (32+ characters, the same for the gateway and every subgraph)');
  const subgraphUrls = Object.fromEntries(
    Object.entries(process.env)
      .filter(([name, value]) => /^CARTA_SUBGRAPH_[A-Z]+_URL$/.test(name) && value)
      .map(([name, value]) => [name.slice('CARTA_SUBGRAPH_'.length, -'_URL'.length).toLowerCase(), value as string]),
  );
  const devIssuer = process.env.CARTA_DEV_AUTH === 'true' ? await DevTokenIssuer.create() : undefined;
  const jwksUrl = process.env.JWT_JWKS_URL;
  if (!devIssuer && !jwksUrl) throw new Error('set JWT_JWKS_URL (with JWT_ISSUER and JWT_AUDIENCE), or CARTA_DEV_AUTH=true for local development');
  const verifier = devIssuer?.verifier() ?? BearerTokenVerifier.fromJwksUrl(jwksUrl!, { issuer: process.env.JWT_ISSUER ?? '', audience: process.env.JWT_AUDIENCE ?? 'carta' });
  const gateway = await startGateway({ port: Number(process.env.PORT ?? 4000), host: process.env.CARTA_HOST ?? '127.0.0.1', subgraphUrls, verifier, internalSecret, devIssuer });
  console.log(`Carta gateway at ${gateway.url}`);
  process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
