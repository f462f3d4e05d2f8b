import { gatewayErrorFormatter } from './graphql-limits';

describe('gatewayErrorFormatter', () => {
  const production = gatewayErrorFormatter(false);
  const development = gatewayErrorFormatter(true);

  it("never prints a rejected variable's value back: the path and the reason stay", () => {
    const missing = {
      message:
        'Variable "$input" got invalid value { givenName: "Zel; da \\"x\\" {", birthDate: "1970-01-01", passportNumber: "P9988776" } at "input.patient"; Field "familyName" of required type "String!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    expect(production(missing).message).toBe(
      'Variable "$input" got an invalid value at "input.patient"; Field "familyName" of required type "String!" was not provided.',
    );
    expect(development(missing).message).not.toContain('P9988776');
    const list = { message: 'Variable "$ids" got invalid value ["a", ["b"]]; Expected type "ID".', extensions: { code: 'BAD_USER_INPUT' } };
    expect(production(list).message).toBe('Variable "$ids" got an invalid value; Expected type "ID".');
    const other = { message: 'Variable "$input" of required type "OpenCaseInput!" was not provided.', extensions: { code: 'BAD_USER_INPUT' } };
    expect(production(other).message).toBe(other.message);
  });

  it('removes every kind of schema suggestion outside development', () => {
    const field = { message: 'Cannot query field "cse" on type "Query". Did you mean "case" or "cases"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(production(field).message).toBe('Cannot query field "cse" on type "Query".');
    const enumValue = {
      message: 'Variable "$d" got invalid value "ACCEPTD"; Value "ACCEPTD" does not exist in "Decision" enum. Did you mean the enum value "ACCEPTED"?',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    expect(production(enumValue).message).toBe('Variable "$d" got an invalid value; Value "ACCEPTD" does not exist in "Decision" enum.');
    expect(development(field).message).toBe(field.message);
  });

  it('keeps a domain refusal with its details, without the platform insides', () => {
    const conflict = {
      message: 'cannot move',
      path: ['transitionCase'],
      extensions: { code: 'CONFLICT', allowedNext: ['CLOSED'], serviceName: 'intake', stacktrace: ['at x'] },
    };
    expect(production(conflict)).toEqual({ message: 'cannot move', path: ['transitionCase'], extensions: { code: 'CONFLICT', allowedNext: ['CLOSED'] } });
  });

  it('hides what the gateway itself failed at (an unreachable subgraph names its address)', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const fetchFailure = {
      message: 'request to http://10.0.0.7:4004/graphql failed, reason: connect ECONNREFUSED',
      path: ['centres'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'centres' },
    };
    expect(production(fetchFailure)).toEqual({ message: 'Internal server error', path: ['centres'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(production({ message: 'boom at /app/node_modules/x.js:1' })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
