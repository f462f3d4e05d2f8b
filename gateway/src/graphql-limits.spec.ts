import { gatewayErrorFormatter } from './graphql-limits';

describe('gatewayErrorFormatter', () => {
  const production = gatewayErrorFormatter(false);
  const development = gatewayErrorFormatter(true);

  it('removes every kind of schema suggestion outside development', () => {
    const field = { message: 'Cannot query field "cse" on type "Query". Did you mean "case" or "cases"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(production(field).message).toBe('Cannot query field "cse" on type "Query".');
    const enumValue = {
      message: 'Variable "$d" got invalid value "ACCEPTD"; Value "ACCEPTD" does not exist in "Decision" enum. Did you mean the enum value "ACCEPTED"?',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    expect(production(enumValue).message).toBe('Variable "$d" got invalid value "ACCEPTD"; Value "ACCEPTD" does not exist in "Decision" enum.');
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
