import { buildASTSchema, Kind, parse, visit, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';

// The API's schema as clients see it, from the gateway's committed supergraph: the federation's own
// types (join__*, link__*) and directives (@join__*, @link) are the gateway's plumbing, not the API.
const PLUMBING = /^(join__|link__|link$)/;
const KEPT_DIRECTIVES = new Set(['deprecated', 'specifiedBy', 'oneOf']);

export function apiSchemaFromSupergraph(supergraphSdl: string): GraphQLSchema {
  const document = parse(supergraphSdl);
  const definitions = document.definitions.filter((definition: DefinitionNode) => {
    if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.DIRECTIVE_DEFINITION) return false;
    return !('name' in definition && definition.name && PLUMBING.test(definition.name.value));
  });
  const api = visit({ ...document, definitions } as DocumentNode, {
    Directive: (node) => (KEPT_DIRECTIVES.has(node.name.value) ? undefined : null),
  });
  return buildASTSchema(api, { assumeValidSDL: true });
}
