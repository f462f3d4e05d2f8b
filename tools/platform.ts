import { join } from 'node:path';
import { DevTokenIssuer, requireGatewayAuth } from '@carta/auth';
import { InProcessBroker } from '@carta/messaging';
import { DEFAULT_PORTS, freePort, PlatformConfig, RunningService, SERVICE_NAMES, startService, StartOptions } from '@carta/service-kit';
import { DEFAULT_METRICS_PORT, gatewayAuthentication, RunningGateway, startGateway } from '@carta/gateway';
import { SERVICES } from './services';

export interface RunningPlatform {
  gateway: RunningGateway;
  services: RunningService[];
  /** The development issuer (tests mint tokens with it); throws when the platform trusts an OIDC issuer instead. */
  readonly devIssuer: DevTokenIssuer;
  /** True when the gateway runs the development issuer (`/dev/token`). */
  development: boolean;
  close(): Promise<void>;
}

/**
 * The whole platform in one process: six subgraphs and the gateway. With no KAFKA_BROKERS the
 * services share an in-process broker (same outbox and inbox code paths as on Kafka, with a durable log).
 * `ports: 'any'` lets the OS choose (tests); otherwise the default ports 4000–4006. `explorable`
 * (`npm start`): introspection and schema hints, when the dev issuer is in use.
 */
export async function startPlatform(
  config: PlatformConfig,
  options: {
    ports?: 'default' | 'any';
    /** The gateway's port, when the caller settled it (e.g. to name a public origin on it). */
    gatewayPort?: number;
    retry?: StartOptions['retry'];
    clock?: StartOptions['clock'];
    explorable?: boolean;
  } = {},
): Promise<RunningPlatform> {
  // Refused before anything starts: a gateway that cannot authenticate anyone.
  const { verifier, devIssuer } = await gatewayAuthentication(requireGatewayAuth(config.gateway));
  // Download links point at the gateway, so its address is settled before the services start.
  const gatewayPort = options.gatewayPort ?? (options.ports === 'any' ? await freePort(config.host) : DEFAULT_PORTS.gateway);
  config = { ...config, publicUrl: config.publicUrl ?? `http://${config.host}:${gatewayPort}` };
  // The in-process bus is a durable log beside the databases: a crash loses no event the relay marked published.
  const broker = config.kafka ? undefined : new InProcessBroker({ file: join(config.dataDir, 'bus', 'events.sqlite') });
  const services: RunningService[] = [];
  try {
    for (const name of SERVICE_NAMES) {
      services.push(
        await startService(SERVICES[name], config, {
          port: options.ports === 'any' ? 0 : DEFAULT_PORTS[name],
          broker,
          retry: options.retry,
          clock: options.clock,
        }),
      );
    }
    const gateway = await startGateway({
      port: gatewayPort,
      host: config.gateway.host,
      subgraphUrls: Object.fromEntries(services.map((service) => [service.name, `${service.url}/graphql`])),
      verifier,
      internalSecret: config.internalSecret,
      devIssuer,
      explorable: Boolean(devIssuer && options.explorable),
      rateLimit: config.gateway.rateLimit,
      consoleOidc: config.gateway.consoleOidc,
      metricsPort: options.ports === 'any' ? 0 : DEFAULT_METRICS_PORT,
    });
    return {
      gateway,
      services,
      development: Boolean(devIssuer),
      get devIssuer() {
        if (!devIssuer) throw new Error('this platform trusts an OIDC issuer; set CARTA_DEV_AUTH=true (loopback only) for the development issuer');
        return devIssuer;
      },
      async close() {
        await gateway.close();
        for (const service of [...services].reverse()) await service.close();
        await broker?.close();
      },
    };
  } catch (error) {
    for (const service of services.reverse()) await service.close().catch(() => undefined);
    await broker?.close();
    throw error;
  }
}
