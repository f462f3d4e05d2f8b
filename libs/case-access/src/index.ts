export * from './case-access';
export * from './case-access.entities';
export * from './case-access.migrations';
