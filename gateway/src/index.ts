export * from './gateway';
export * from './credential-cache';
export * from './subgraph-fetcher';
export { GRAPHQL_LIMITS, graphqlArmor } from './graphql-limits';
