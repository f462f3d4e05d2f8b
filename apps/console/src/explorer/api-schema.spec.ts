import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema, validateSchema } from 'graphql';
import { apiSchemaFromSupergraph } from './api-schema';

describe("the explorer's schema when the gateway does not allow introspection", () => {
  const supergraph = readFileSync(join(__dirname, '..', '..', '..', '..', 'gateway', 'supergraph.graphql'), 'utf8');
  const schema = apiSchemaFromSupergraph(supergraph);

  it('is a valid schema of the API: its queries and mutations, with their descriptions', () => {
    expect(validateSchema(schema)).toEqual([]);
    expect(schema.getQueryType()?.getFields()).toHaveProperty('cases');
    expect(schema.getMutationType()?.getFields()).toHaveProperty('setVisaRoute');
    expect(schema.getQueryType()?.getFields().auditTrail.description).toMatch(/audit trail/);
  });

  it("leaves out the federation's plumbing (join__/link__ types and directives)", () => {
    const printed = printSchema(schema);
    expect(printed).not.toMatch(/join__|link__|@link/);
    expect(Object.keys(schema.getTypeMap()).filter((name) => /^(join__|link__)/.test(name))).toEqual([]);
  });
});
