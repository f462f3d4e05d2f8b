export * from './identity';
export * from './bearer-tokens';
export * from './identity-assertion';
