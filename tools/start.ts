/**
 * `npm start`: the whole platform on this machine. With no DATABASE_URL / KAFKA_BROKERS / S3_ENDPOINT
 * it needs no external server (embedded PGlite per service, in-process bus, files under .carta/).
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadOrCreateSealingKey, loadPlatformConfig, platformLog, sealingKeyring, startupFailure } from '@carta/service-kit';
import { startTelemetry } from '@carta/telemetry';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  const loaded = loadPlatformConfig();
  // Sealed outbox rows must still open after a restart: without CARTA_SEALING_KEY, keep one beside the data.
  const config = loaded.sealingKeyConfigured ? loaded : { ...loaded, sealing: sealingKeyring(loadOrCreateSealingKey(join(loaded.dataDir, 'sealing.key'))) };
  // Off unless OTEL_* ask for it: one `carta` process holds every service (spans carry `carta.service`).
  const telemetry = startTelemetry({ serviceName: 'carta' });
  // PORT moves the gateway (the subgraphs then take any free port), e.g. a second platform beside the first.
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const platform = await startPlatform(config, { explorable: true, ...(port ? { ports: 'any', gatewayPort: port } : {}) });
  const base = platform.gateway.url.replace(/\/graphql$/, '');
  const engines = [
    config.databaseUrl ? 'PostgreSQL' : 'embedded PGlite',
    config.kafka ? 'Kafka' : 'in-process bus',
    config.s3 ? 'S3/MinIO' : `files in ${config.dataDir}/objects`,
  ];
  const auth = platform.development
    ? `
  Dev token:        curl -s '${base}/dev/token?role=coordinator'   (development issuer, this machine only)
                    (roles: coordinator, admin, analyst, hospital_office with &centre=puth)
  Try:              TOKEN=$(curl -s '${base}/dev/token?role=coordinator' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
                    curl -s ${platform.gateway.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
                      -d '{"query":"{ centres { id name city activeTargets } }"}'`
    : `
  Tokens:           from your OIDC issuer (${config.gateway.auth?.mode === 'oidc' ? config.gateway.auth.issuer : ''})`;
  // The console first: it is what a person opens (the rest is for API clients).
  console.log(`Console: ${base}/console
Carta is up (${engines.join(', ')}).
  GraphQL gateway:  ${platform.gateway.url}${auth}
Press Ctrl+C to stop.`);
  const stop = async () => {
    await platform.close();
    await telemetry?.shutdown();
    process.exit(0);
  };
  // bench:embedded reads the split of the process's memory (heap, external, the rest: PGlite's WASM, SQLite).
  // With it, how long the event loop stalled (every service, PGlite and the bus share this one thread).
  const memoryLogMs = Number(process.env.CARTA_MEMORY_LOG_MS ?? 0);
  if (memoryLogMs > 0) {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    setInterval(() => {
      console.log(`memory ${JSON.stringify({ ...process.memoryUsage(), loopMaxMs: loop.max / 1e6, loopP99Ms: loop.percentile(99) / 1e6 })}`);
      loop.reset();
    }, memoryLogMs).unref();
  }
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  platformLog().fatal(startupFailure(error), 'Carta failed to start');
  process.exit(1);
});
