import { loadPlatformConfig, DEFAULT_PORTS, requireSharedSealingKey } from './config';
import { platformLog, startupFailure } from './logging';
import { ServiceDefinition, startService } from './start-service';

/** `main.ts` of every service: one service per process, on real engines. */
export async function runStandalone(definition: ServiceDefinition): Promise<void> {
  const log = platformLog().child({ service: definition.name });
  try {
    const config = loadPlatformConfig();
    requireSharedSealingKey(config);
    const port = Number(process.env.PORT ?? DEFAULT_PORTS[definition.name]);
    const running = await startService(definition, config, { port });
    const shutdown = async (signal: string) => {
      log.info({ signal }, 'finishing in-flight work');
      await running.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    log.fatal(startupFailure(error), 'failed to start');
    process.exit(1);
  }
}
