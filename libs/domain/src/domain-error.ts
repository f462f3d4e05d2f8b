/** Stable error codes clients can branch on (GraphQL `extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** A refusal the caller can act on. Its message must never contain patient data. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (why = 'not allowed') => new DomainError('FORBIDDEN', why);
export const badInput = (message: string, details: Record<string, unknown> = {}) => new DomainError('BAD_USER_INPUT', message, details);
