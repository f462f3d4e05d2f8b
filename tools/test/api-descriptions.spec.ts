import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentNode, Kind, parse } from 'graphql';

/**
 * Offices integrate over GraphQL and read the API in the explorer: every type, field, argument, enum
 * value and input field of the composed supergraph carries a description. Apollo federation's own
 * machinery (join__/link__ types, directive definitions) is not ours to describe and is skipped.
 */
export function undescribed(document: DocumentNode): string[] {
  const federation = (name: string) => /^(join|link)__/.test(name);
  const missing: string[] = [];
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const type = definition.name.value;
    if (federation(type)) continue;
    const extension = definition.kind.endsWith('Extension');
    if (!extension && !('description' in definition && definition.description?.value.trim())) missing.push(type);
    if ('fields' in definition)
      for (const field of definition.fields ?? []) {
        if (!field.description?.value.trim()) missing.push(`${type}.${field.name.value}`);
        if ('arguments' in field)
          for (const argument of field.arguments ?? [])
            if (!argument.description?.value.trim()) missing.push(`${type}.${field.name.value}(${argument.name.value})`);
      }
    if ('values' in definition) for (const value of definition.values ?? []) if (!value.description?.value.trim()) missing.push(`${type}.${value.name.value}`);
  }
  return missing;
}

describe('the API describes itself', () => {
  it('names every element without a description: type, field, argument, enum value, input field (a fixture)', () => {
    const fixture = parse(`
      directive @join__field(graph: join__Graph) on FIELD_DEFINITION
      enum join__Graph { INTAKE @join__graph(name: "intake", url: "http://x") }
      scalar link__Import
      "Described." type Case { "Described." id: ID!  status: String  history("Described." first: Int, after: String): [String!]! }
      type Bare { ok: Boolean }
      "Described." enum Status { "Described." OPEN CLOSED }
      "Described." input Filter { "Described." text: String  mine: Boolean }
      scalar Date
      "  " union Any = Case | Bare
    `);
    expect(undescribed(fixture)).toEqual([
      'Case.status',
      'Case.history',
      'Case.history(after)',
      'Bare',
      'Bare.ok',
      'Status.CLOSED',
      'Filter.mine',
      'Date',
      'Any',
    ]);
  });

  it('gateway/supergraph.graphql: every type, field, argument, enum value and input field has one', () => {
    const supergraph = parse(readFileSync(join(__dirname, '..', '..', 'gateway', 'supergraph.graphql'), 'utf8'));
    expect(undescribed(supergraph)).toEqual([]);
  });
});
