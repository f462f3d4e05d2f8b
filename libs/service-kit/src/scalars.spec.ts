import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphTypeDefs } from './admin/dead-letters.graphql';
import { formatGraphQLError } from './graphql-errors';
import { DateScalar, DateTimeScalar, scalarResolvers } from './scalars';

// A subgraph the way the service kit builds one: its SDL plus the shared text, the shared scalar resolvers.
const SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
type Query {
  openedAt: DateTime!
  dayAfter(on: Date!): Date!
  echoInstant(at: DateTime!): String!
}
`;
const OPENED_AT = new Date('2026-03-01T09:30:00.000Z');

async function subgraph() {
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(subgraphTypeDefs('centres', SDL)),
        resolvers: {
          ...scalarResolvers,
          Query: {
            openedAt: () => OPENED_AT,
            dayAfter: (_: unknown, { on }: { on: string }) => new Date(Date.parse(`${on}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
            echoInstant: (_: unknown, { at }: { at: string }) => `${typeof at}:${at}`,
          },
        } as never,
      },
    ]),
    formatError: formatGraphQLError,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    // The HTTP status matters: the gateway passes a subgraph's refusal on with its code only from a 200 answer.
    return { ...response.body.singleResult, status: response.http.status ?? 200 };
  };
  return { run, stop: () => server.stop() };
}

describe('the shared DateTime and Date scalars', () => {
  let graph: Awaited<ReturnType<typeof subgraph>>;
  beforeAll(async () => (graph = await subgraph()));
  afterAll(() => graph.stop());

  it('serialise an instant as the ISO string clients already get, and a day as YYYY-MM-DD', async () => {
    const result = await graph.run('query($on: Date!) { openedAt dayAfter(on: $on) }', { on: '2024-02-28' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ openedAt: '2026-03-01T09:30:00.000Z', dayAfter: '2024-02-29' });
  });

  it('refuse an impossible day as BAD_USER_INPUT (variable) or GRAPHQL_VALIDATION_FAILED (literal) with HTTP 200, never as an internal error', async () => {
    const variable = await graph.run('query($on: Date!) { dayAfter(on: $on) }', { on: '2026-02-30' });
    expect(variable.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    // A day may be a birth date: the answer says where the bad value was, never what it was.
    expect(variable.errors?.[0].message).toBe('Variable "$on" got an invalid value; Date must be a real calendar day YYYY-MM-DD');
    expect(variable.status).toBe(200);
    const literal = await graph.run('{ dayAfter(on: "2026-13-01") }');
    expect(literal.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(literal.status).toBe(200);
    const notADay = await graph.run('query($on: Date!) { dayAfter(on: $on) }', { on: '2026-03-01T00:00:00Z' });
    expect(notADay.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('hand the resolver a valid instant as sent, and refuse one without an offset', async () => {
    const valid = await graph.run('query($at: DateTime!) { echoInstant(at: $at) }', { at: '2026-03-01T17:30:00+08:00' });
    expect(valid.data).toEqual({ echoInstant: 'string:2026-03-01T17:30:00+08:00' });
    const local = await graph.run('query($at: DateTime!) { echoInstant(at: $at) }', { at: '2026-03-01T09:30:00' });
    expect(local.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const impossible = await graph.run('query($at: DateTime!) { echoInstant(at: $at) }', { at: '2026-02-30T09:30:00Z' });
    expect(impossible.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('refuse to serialise what is not an instant or a day (a resolver bug, not a value to pass on)', () => {
    expect(DateTimeScalar.serialize('2026-03-01T17:30:00+08:00')).toBe('2026-03-01T09:30:00.000Z');
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow();
    expect(() => DateTimeScalar.serialize(42)).toThrow();
    expect(() => DateScalar.serialize(new Date('2026-03-01'))).toThrow();
    expect(() => DateScalar.serialize('2026-02-30')).toThrow();
  });
});
