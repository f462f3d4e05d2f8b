/** `npm run migrate`: applies every service's migrations to DATABASE_URL (or the embedded databases). */
import { migrate } from '@carta/persistence';
import { databaseFor, loadPlatformConfig, openServiceDataSource, SERVICE_NAMES } from '@carta/service-kit';
import { SERVICES } from './services';

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  for (const name of SERVICE_NAMES) {
    const service = SERVICES[name];
    const dataSource = await openServiceDataSource(service, databaseFor(config, name));
    const applied = await migrate(dataSource);
    console.log(`${name}: ${applied.length > 0 ? `applied ${applied.join(', ')}` : 'up to date'}`);
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
