export * from './data-source';
export * from './snake-naming.strategy';
export { PGlitePool } from './pglite-pool';
