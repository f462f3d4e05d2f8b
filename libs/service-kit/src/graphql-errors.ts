import { Logger } from '@nestjs/common';
import { DomainError } from '@carta/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQLErrors');
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND']);

/**
 * The one error mapping: domain refusals keep their code and message; anything unexpected becomes
 * INTERNAL_SERVER_ERROR with no message detail, no stack and no data (it is logged here instead).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (!original && code && PASS_THROUGH.has(code)) return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  logger.error(`unexpected error at ${formatted.path?.join('.') ?? '?'}: ${(original as Error | undefined)?.stack ?? formatted.message}`);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
