/**
 * Prints the SQL that would bring a service's schema in line with its entities after all its
 * migrations ran, on a throw-away embedded database. Empty output = migrations are complete.
 * Use it to write a new migration by hand: `npm run schema-sql -- <service>`.
 */
import { migrate, schemaDrift } from '@carta/persistence';
import { openServiceDataSource } from '@carta/service-kit';
import { SERVICES } from './services';

async function main(): Promise<void> {
  const name = process.argv[2];
  const service = SERVICES[name as keyof typeof SERVICES];
  if (!service) throw new Error(`usage: schema-sql <${Object.keys(SERVICES).join('|')}>`);
  const dataSource = await openServiceDataSource(service, {});
  await migrate(dataSource);
  const drift = await schemaDrift(dataSource);
  console.log(drift.map((sql) => `${sql};`).join('\n'));
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
