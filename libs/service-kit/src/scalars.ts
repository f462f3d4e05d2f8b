import { HeaderMap } from '@apollo/server';
import { isCalendarDate } from '@carta/domain';
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/** The scalars every subgraph declares (in subgraphTypeDefs) and the service kit resolves. */
export const scalarTypeDefs = `
"An instant, RFC 3339 at UTC with milliseconds, e.g. 2026-03-01T09:30:00.000Z."
scalar DateTime

"A calendar day, YYYY-MM-DD (ISO 8601), e.g. 2026-03-01: no time, no zone."
scalar Date
`;

/**
 * An input the scalar refuses: BAD_USER_INPUT (a variable) or GRAPHQL_VALIDATION_FAILED (a literal).
 * Apollo would answer it with HTTP 400, and the gateway turns a subgraph's non-200 answer into
 * INTERNAL_SERVER_ERROR: like every other refusal of a subgraph, it is answered with 200.
 */
const refused = (message: string, node?: ValueNode) =>
  new GraphQLError(message, { nodes: node, extensions: { http: { status: 200, headers: new HeaderMap() } } });

// graphql-scalars' DateTime checks RFC 3339 (offset required, real day and time); its parsed Date is
// only used to validate: resolvers get the string as sent, so each feature's zod parser stays the one
// validator of its input. It serialises a Date to a Date (left to JSON), so the output is ours.
function dateTimeInput(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string') throw refused('DateTime must be an RFC 3339 string', node);
  try {
    DateTimeResolver.parseValue(value);
  } catch {
    throw refused('DateTime must be an RFC 3339 instant with an offset, e.g. 2026-03-01T09:30:00Z', node);
  }
  return value;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize(value) {
    const instant = value instanceof Date ? value : typeof value === 'string' ? new Date(dateTimeInput(value)) : undefined;
    if (!instant || Number.isNaN(instant.getTime())) throw new GraphQLError('DateTime cannot represent this value');
    return instant.toISOString();
  },
  parseValue: (value) => dateTimeInput(value),
  parseLiteral: (node) => dateTimeInput(node.kind === Kind.STRING ? node.value : undefined, node),
  extensions: { jsonSchema: { type: 'string', format: 'date-time' } },
});

// graphql-scalars' LocalDate has the same meaning but its own day check; libs/domain's calendar is
// the one rule of what a day is, so the scalar asks it.
function calendarDate(value: unknown, node?: ValueNode): string {
  if (!isCalendarDate(value)) throw refused('Date must be a real calendar day YYYY-MM-DD', node);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => calendarDate(value),
  parseValue: (value) => calendarDate(value),
  parseLiteral: (node) => calendarDate(node.kind === Kind.STRING ? node.value : undefined, node),
  extensions: { jsonSchema: { type: 'string', format: 'date' } },
});

/** The resolvers of the shared scalars, given once to every subgraph's GraphQL module (descriptions stay in the SDL). */
export const scalarResolvers = { DateTime: DateTimeScalar, Date: DateScalar };
