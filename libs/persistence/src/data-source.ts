import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { PGlitePool } from './pglite-pool';
import { RedactingSqlLogger, SqlLogSink } from './sql-logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Where a service's data lives: a real PostgreSQL (`url`) or an embedded PGlite (`embeddedDir`, or in memory). */
export type DatabaseLocation = { url: string } | { embeddedDir?: string };

export interface ServiceDataSourceOptions {
  /** The service's own Postgres schema: services never read each other's tables. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  database: DatabaseLocation;
  /** Failed and slow statements (their shape, never their parameters) and migrations; silent without one. */
  log?: SqlLogSink;
}

/**
 * Embedded PostgreSQL's memory, bounded for six of them in one process. Each PGlite is a WASM heap
 * that never shrinks, and PostgreSQL's defaults are sized for one server per machine: 128 MB of
 * shared buffers each, 64 MB for maintenance (index builds in migrations). Measured: ~215 MB
 * resident per open database with the defaults, ~70 MB with these. A service's working set is
 * small and its files stay in the OS page cache, so small buffers cost little (docs/operations.md).
 */
export const EMBEDDED_SETTINGS: readonly string[] = ['shared_buffers=16MB', 'maintenance_work_mem=16MB', 'temp_buffers=2MB'];

export async function openDataSource(options: ServiceDataSourceOptions): Promise<DataSource> {
  const common = {
    type: 'postgres' as const,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // uuid-ossp is not needed (gen_random_uuid is built in) and PGlite cannot install it.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    applicationName: `carta-${options.schema}`,
    // TypeORM's own loggers print parameters with failed and slow queries: patient data.
    logger: new RedactingSqlLogger(options.log),
  };
  let dataSourceOptions: DataSourceOptions;
  if ('url' in options.database) {
    dataSourceOptions = { ...common, url: options.database.url, poolSize: 10 };
  } else {
    if (options.database.embeddedDir) await mkdir(options.database.embeddedDir, { recursive: true });
    const db = await PGlite.create({
      ...(options.database.embeddedDir ? { dataDir: options.database.embeddedDir } : {}),
      startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS.flatMap((setting) => ['-c', setting])],
    });
    dataSourceOptions = {
      ...common,
      driver: {
        Pool: class extends PGlitePool {
          constructor() {
            super(db);
          }
        },
      },
    };
  }
  return new DataSource(dataSourceOptions).initialize();
}

/** Applies the service's hand-written migrations inside its own schema. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema: string }).schema;
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/** The SQL TypeORM would still need to make the schema match the entities: empty when migrations are complete. */
export async function schemaDrift(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

/** The embedded PGlite pool behind a data source, when there is one (used for LISTEN in embedded mode). */
export function embeddedDatabaseOf(dataSource: DataSource): PGlitePool | undefined {
  const master = (dataSource.driver as unknown as { master?: unknown }).master;
  return master instanceof PGlitePool ? master : undefined;
}
