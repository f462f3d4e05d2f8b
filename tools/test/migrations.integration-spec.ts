import { migrate, schemaDrift } from '@carta/persistence';
import { openServiceDataSource, SERVICE_NAMES } from '@carta/service-kit';
import { createTestDatabase, requireEngines } from '@carta/testing';
import { SERVICES } from '../services';

/** Every service's hand-written migrations build exactly what its entities describe, on real PostgreSQL 15. */
describe('migrations (real PostgreSQL)', () => {
  const engines = requireEngines();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
  });
  afterAll(() => database?.drop());

  it.each(SERVICE_NAMES)('%s: migrations apply in its own schema, leave no drift, and re-run as a no-op', async (name) => {
    const service = SERVICES[name];
    const dataSource = await openServiceDataSource(service, { url: database.url });
    try {
      const applied = await migrate(dataSource);
      expect(applied).toHaveLength(dataSource.migrations.length);
      expect(await schemaDrift(dataSource)).toEqual([]);
      expect(await migrate(dataSource)).toEqual([]);
      const tables: { table_schema: string }[] = await dataSource.query(
        `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name = 'outbox'`,
      );
      expect(tables.map((row) => row.table_schema)).toContain(name);
    } finally {
      await dataSource.destroy();
    }
  });
});
