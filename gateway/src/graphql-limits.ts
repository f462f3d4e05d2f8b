import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLFormattedError } from 'graphql';

/**
 * What one GraphQL document may ask for. The deepest query a client of Carta needs is about 6 levels
 * (case → journey → timeline → phases → …); 100 aliased `case` reads or a 30,000-field document are
 * not requests, they are load.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
} as const;

/**
 * graphql-armor's Apollo validation rules for depth, aliases, directives and cost; batching stays off.
 * Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens`), which Apollo answers as a
 * 400 parse failure; armor's Apollo token plugin throws from a hook and turns the refusal into a 500.
 */
export function graphqlArmor() {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    // Suggestions are removed from every error by `gatewayErrorFormatter` (armor's only catches field names).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
/** Keys that describe the platform's insides rather than the caller's request. */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'serviceName', 'http']);

const INVALID_VARIABLE = /^(Variable "\$[_A-Za-z][_0-9A-Za-z]*" got) invalid value /;

/**
 * graphql-js prints the rejected variable value into its message (`Variable "$input" got invalid value
 * { givenName: "Mei", passportNumber: … } at "input.patient"; Field "familyName" … was not provided.`):
 * a patient's details would come back in the error. The printed value is skipped — a string, or
 * brackets balanced outside strings — and the path and the reason kept.
 */
export function withoutEchoedValue(message: string): string {
  const head = INVALID_VARIABLE.exec(message);
  if (!head) return message;
  let depth = 0;
  let inString = false;
  for (let index = head[0].length; index < message.length; index += 1) {
    const char = message[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
    const rest = message.slice(index + 1);
    if (!inString && depth <= 0 && (rest.startsWith(' at "') || rest.startsWith('; '))) return `${head[1]} an invalid value${rest}`;
  }
  return `${head[1]} an invalid value.`;
}

/**
 * The gateway's last word on a GraphQL error. Subgraphs already map their errors to stable codes;
 * what is left here is the gateway's own (a subgraph it cannot reach would name its address), so
 * anything without a client-facing code becomes a bare INTERNAL_SERVER_ERROR. A rejected variable's value
 * is never printed back; outside development, "Did you mean …?" hints that reveal the schema are removed.
 */
export function gatewayErrorFormatter(development: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') {
      if (code !== 'INTERNAL_SERVER_ERROR' || formatted.message !== 'Internal server error')
        console.error(`gateway: unexpected GraphQL error: ${formatted.message}`);
      return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)));
    const message = withoutEchoedValue(formatted.message);
    return { ...formatted, message: development ? message : message.replace(SUGGESTION, ''), extensions };
  };
}
