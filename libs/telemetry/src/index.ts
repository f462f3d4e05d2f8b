export * from './telemetry';
export * from './graphql-metrics';
