import { DevTokenIssuer } from '@carta/auth';
import { InProcessBroker } from '@carta/messaging';
import { DEFAULT_PORTS, PlatformConfig, RunningService, SERVICE_NAMES, startService, StartOptions } from '@carta/service-kit';
import { RunningGateway, startGateway } from '@carta/gateway';
import { SERVICES } from './services';

export interface RunningPlatform {
  gateway: RunningGateway;
  services: RunningService[];
  devIssuer: DevTokenIssuer;
  close(): Promise<void>;
}

/**
 * The whole platform in one process: six subgraphs and the gateway. With no KAFKA_BROKERS the
 * services share an in-process broker (same outbox and inbox code paths as on Kafka).
 * `ports: 'any'` lets the OS choose (tests); otherwise the default ports 4000–4006.
 */
export async function startPlatform(config: PlatformConfig, options: { ports?: 'default' | 'any'; retry?: StartOptions['retry']; clock?: StartOptions['clock'] } = {}): Promise<RunningPlatform> {
  const broker = config.kafka ? undefined : new InProcessBroker();
  const services: RunningService[] = [];
  try {
    for (const name of SERVICE_NAMES) {
      services.push(await startService(SERVICES[name], config, { port: options.ports === 'any' ? 0 : DEFAULT_PORTS[name], broker, retry: options.retry, clock: options.clock }));
    }
    const devIssuer = await DevTokenIssuer.create();
    const gateway = await startGateway({
      port: options.ports === 'any' ? 0 : DEFAULT_PORTS.gateway,
      host: config.host,
      subgraphUrls: Object.fromEntries(services.map((service) => [service.name, `${service.url}/graphql`])),
      verifier: devIssuer.verifier(),
      internalSecret: config.internalSecret,
      devIssuer,
    });
    return {
      gateway,
      services,
      devIssuer,
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
