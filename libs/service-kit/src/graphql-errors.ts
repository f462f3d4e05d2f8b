import { ApolloServerPlugin } from '@apollo/server';
import { DomainError } from '@carta/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { describeError, Log } from './logging';

const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND']);

/** A refusal or a request the server could not read: an answer to the caller, not a fault to log. */
export function isExpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof DomainError) return true;
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  // Apollo wraps parse, validation and variable errors around graphql-js's own (never a thrown fault).
  return (!original || original instanceof GraphQLError) && typeof code === 'string' && PASS_THROUGH.has(code);
}

// graphql-js names a refused variable with its value ('Variable "$input" got invalid value "01/31/1970" at
// "input.patient.birthDate"; …'): the value may be patient data, so the answer says only where it was.
const INVALID_VARIABLE = /^Variable "(\$\w+)" got invalid value [\s\S]*?(?: at "([\w.[\]]+)")?; ([^;]*)$/;
function withoutValue(message: string): string {
  const match = INVALID_VARIABLE.exec(message);
  return match ? `Variable "${match[1]}" got an invalid value${match[2] ? ` at "${match[2]}"` : ''}; ${match[3]}` : message;
}

/**
 * The one error mapping: domain refusals keep their code and message; anything unexpected becomes
 * INTERNAL_SERVER_ERROR with no message detail, no stack and no data (logUnexpectedErrors logs its facts).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...original.details } };
  }
  if (isExpectedError(error))
    return { message: withoutValue(formatted.message), locations: formatted.locations, extensions: { code: formatted.extensions?.code } };
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** A W3C traceparent's trace id, if the caller sent a well-formed one. */
export function traceIdOf(traceparent: string | null | undefined): string | undefined {
  return /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(traceparent?.trim() ?? '')?.[1];
}

/**
 * Logs every unexpected error of an operation as { errorClass, code, constraint, path, service,
 * traceId }: never its message (a database message can carry a value) nor the request's variables.
 */
export function logUnexpectedErrors(log: Log, service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, request }) {
          for (const error of errors) {
            if (isExpectedError(error)) continue;
            const traceId = traceIdOf(request.http?.headers.get('traceparent'));
            log.error({ ...describeError(error), path: error.path?.join('.'), service, traceId }, 'unexpected error');
          }
        },
      };
    },
  };
}

/**
 * A refusal raised before execution (context creation, a plugin), where Nest's filters do not run:
 * formatGraphQLError still sees the DomainError; `httpStatus` is what a direct caller gets (the
 * gateway passes on a subgraph's refusal with its code only when the status is 200).
 */
export function refusal(error: DomainError, httpStatus: number): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: httpStatus } } });
}
