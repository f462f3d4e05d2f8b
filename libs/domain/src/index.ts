export * from './domain-error';
export * from './case-access';
