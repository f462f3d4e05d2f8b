import { startTelemetry } from '@carta/telemetry';
import { loadPlatformConfig, DEFAULT_PORTS, requireSharedSealingKey } from './config';
import { platformLog, startupFailure } from './logging';
import { ServiceDefinition, startService } from './start-service';

/** `main.ts` of every service: one service per process, on real engines. */
export async function runStandalone(definition: ServiceDefinition): Promise<void> {
  const log = platformLog().child({ service: definition.name });
  try {
    const config = loadPlatformConfig();
    requireSharedSealingKey(config);
    // Before anything connects: spans from the first request on (only when OTEL_* ask for them).
    const telemetry = startTelemetry({ serviceName: definition.name });
    const port = Number(process.env.PORT ?? DEFAULT_PORTS[definition.name]);
    const running = await startService(definition, config, { port });
    const shutdown = async (signal: string) => {
      log.info({ signal }, 'finishing in-flight work');
      await running.close();
      await telemetry?.shutdown();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    log.fatal(startupFailure(error), 'failed to start');
    process.exit(1);
  }
}
