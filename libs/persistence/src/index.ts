export * from './data-source';
export * from './sql-logger';
export * from './snake-naming.strategy';
export { PGlitePool } from './pglite-pool';
export * from './table-name';
