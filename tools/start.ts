/**
 * `npm start`: the whole platform on this machine. With no DATABASE_URL / KAFKA_BROKERS / S3_ENDPOINT
 * it needs no external server (embedded PGlite per service, in-process bus, files under .carta/).
 */
import { loadPlatformConfig } from '@carta/service-kit';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  const platform = await startPlatform(config);
  const base = platform.gateway.url.replace(/\/graphql$/, '');
  const engines = [config.databaseUrl ? 'PostgreSQL' : 'embedded PGlite', config.kafka ? 'Kafka' : 'in-process bus', config.s3 ? 'S3/MinIO' : `files in ${config.dataDir}/objects`];
  console.log(`
Carta is up (${engines.join(', ')}).
  GraphQL gateway:  ${platform.gateway.url}
  Dev token:        curl -s '${base}/dev/token?role=coordinator'
                    (roles: coordinator, admin, analyst, hospital_office with &centre=puth)
  Try:              TOKEN=$(curl -s '${base}/dev/token?role=coordinator' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
                    curl -s ${platform.gateway.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
                      -d '{"query":"{ centres { id name city activeTargets } }"}'
Press Ctrl+C to stop.`);
  const stop = async () => {
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(`Carta failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
