import { DomainError } from '@carta/domain';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { formatGraphQLError, isExpectedError, logUnexpectedErrors, traceIdOf } from './graphql-errors';
import { createLog } from './logging';

const MARKER = 'Zqx7731Okafor';
/** What PostgreSQL says for a unique violation: its message and detail carry the value. */
const uniqueViolation = () =>
  new QueryFailedError(
    'INSERT INTO "intake"."patient"("email") VALUES ($1)',
    [`${MARKER}@example.org`],
    Object.assign(new Error('duplicate key value violates unique constraint "patient_email_key"'), {
      code: '23505',
      constraint: 'patient_email_key',
      detail: `Key (email)=(${MARKER}@example.org) already exists.`,
    }),
  );

const resolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['openCase'] });
const format = (original: Error) => {
  const error = resolverError(original);
  return formatGraphQLError(error.toJSON(), error);
};

function capturedLog() {
  const lines: string[] = [];
  return { log: createLog({ write: (line: string) => void lines.push(line) }), lines };
}

describe('formatGraphQLError', () => {
  it('keeps a domain refusal with its stable code and details', () => {
    expect(format(new DomainError('CONFLICT', 'case is closed', { allowed: ['REOPEN'] }))).toEqual({
      message: 'case is closed',
      path: ['openCase'],
      extensions: { code: 'CONFLICT', allowed: ['REOPEN'] },
    });
  });

  it('hides anything unexpected: no message detail, no stack, no data', () => {
    const formatted = format(uniqueViolation());
    expect(formatted).toEqual({ message: 'Internal server error', path: ['openCase'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes on parse and validation failures, which are answers rather than faults', () => {
    // As Apollo Server wraps graphql-js's validation error: the original is that error.
    const rule = new GraphQLError('Cannot query field "x" on type "Query".');
    const invalid = new GraphQLError(rule.message, { originalError: rule, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(isExpectedError(invalid)).toBe(true);
    expect(formatGraphQLError(invalid.toJSON(), invalid).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(isExpectedError(resolverError(new DomainError('NOT_FOUND', 'no case')))).toBe(true);
    expect(isExpectedError(resolverError(new TypeError('x is undefined')))).toBe(false);
  });

  it('names where a refused variable was, never its value (it may be patient data)', () => {
    const refusal = (message: string) => {
      const error = new GraphQLError(message, { originalError: new GraphQLError('inner'), extensions: { code: 'BAD_USER_INPUT' } });
      return formatGraphQLError(error.toJSON(), error);
    };
    expect(refusal(`Variable "$input" got invalid value "${MARKER}" at "input.patient.birthDate"; Date must be a real calendar day YYYY-MM-DD`)).toEqual({
      message: 'Variable "$input" got an invalid value at "input.patient.birthDate"; Date must be a real calendar day YYYY-MM-DD',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = refusal(`Variable "$input" got invalid value { givenName: "${MARKER}" }; Field "familyName" of required type "String!" was not provided.`);
    expect(missing.message).toBe('Variable "$input" got an invalid value; Field "familyName" of required type "String!" was not provided.');
    expect(refusal('Syntax Error: Unexpected "}".').message).toBe('Syntax Error: Unexpected "}".');
  });
});

describe('logUnexpectedErrors', () => {
  async function report(errors: GraphQLError[], headers: Record<string, string> = {}) {
    const { log, lines } = capturedLog();
    const listener = await logUnexpectedErrors(log, 'intake').requestDidStart!({} as never);
    await listener!.didEncounterErrors!({ errors, request: { http: { headers: new Map(Object.entries(headers)) } } } as never);
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it('logs a database error as its class, SQLSTATE, constraint, path, service and trace id, never its message or parameters', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const logged = await report([resolverError(uniqueViolation())], { traceparent });
    expect(logged).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'unexpected error',
        errorClass: 'QueryFailedError',
        code: '23505',
        constraint: 'patient_email_key',
        path: 'openCase',
        service: 'intake',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      }),
    ]);
    expect(JSON.stringify(logged)).not.toContain(MARKER);
    expect(JSON.stringify(logged)).not.toMatch(/duplicate key|stack/);
  });

  it('logs nothing for refusals and unreadable requests', async () => {
    const logged = await report([
      resolverError(new DomainError('FORBIDDEN', 'no')),
      new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ]);
    expect(logged).toEqual([]);
  });
});

describe('traceIdOf', () => {
  it('takes the trace id of a well-formed traceparent only', () => {
    expect(traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdOf(`00-${MARKER}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(traceIdOf(undefined)).toBeUndefined();
  });
});
