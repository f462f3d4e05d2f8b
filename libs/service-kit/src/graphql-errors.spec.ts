import { DomainError } from '@carta/domain';
import { GraphQLError } from 'graphql';
import { formatGraphQLError } from './graphql-errors';

const format = (original: Error) => {
  const error = new GraphQLError(original.message, { originalError: original, path: ['case'] });
  return formatGraphQLError(error.toJSON(), error);
};

describe('formatGraphQLError', () => {
  it('keeps a domain refusal with its stable code and details', () => {
    expect(format(new DomainError('CONFLICT', 'case is closed', { allowed: ['REOPEN'] }))).toEqual({
      message: 'case is closed',
      path: ['case'],
      extensions: { code: 'CONFLICT', allowed: ['REOPEN'] },
    });
  });

  it('hides anything unexpected: no message detail, no stack, no data', () => {
    const formatted = format(new Error('duplicate key value violates unique constraint "patient_pkey" Key (id)=(Jane Doe)'));
    expect(formatted).toEqual({ message: 'Internal server error', path: ['case'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
