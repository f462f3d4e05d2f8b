import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every `graphql(...)` call in the app, generated from the committed supergraph
// (`npm run console:codegen`; tools/check.sh fails when the committed output is stale).
// CARTA_CODEGEN_OUT: generate elsewhere (the staleness check compares a fresh copy with the committed one).
const out = process.env.CARTA_CODEGEN_OUT ?? 'apps/console/src/gql/';

const config: CodegenConfig = {
  schema: 'gateway/supergraph.graphql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Written as prettier formats them, so `prettier --check` and the staleness check agree.
      hooks: { afterOneFileWrite: ['prettier --write --log-level warn --ignore-path /dev/null'] },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string', ID: 'string' } },
    },
  },
};

export default config;
