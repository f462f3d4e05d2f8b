export * from './identity';
export * from './bearer-tokens';
export * from './identity-assertion';
export * from './limits';
export * from './gateway-config';
