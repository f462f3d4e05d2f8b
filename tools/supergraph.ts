/**
 * Composes the supergraph from the six subgraphs' SDL (their committed schema files plus the
 * shared admin fields) into gateway/supergraph.graphql. `--check` fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { DEFAULT_PORTS, SERVICE_NAMES, subgraphTypeDefs } from '@carta/service-kit';
import { parse } from 'graphql';
import { SUPERGRAPH_FILE } from '@carta/gateway';
import { SERVICES } from './services';

export function composeSupergraph(): string {
  const result = composeServices(
    SERVICE_NAMES.map((name) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
      typeDefs: parse(subgraphTypeDefs(name, readFileSync(SERVICES[name].schemaFile, 'utf8'))),
    })),
  );
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  return result.supergraphSdl;
}

if (process.argv[1] === __filename) {
  const composed = composeSupergraph();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
    if (committed !== composed) {
      console.error('gateway/supergraph.graphql is stale: run `npm run supergraph` and commit the result');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    writeFileSync(SUPERGRAPH_FILE, composed);
    console.log(`wrote ${SUPERGRAPH_FILE}`);
  }
}
