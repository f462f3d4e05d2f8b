import { gql } from '@apollo/client';
import { createCache } from './apollo';

jest.mock('./auth/session', () => ({ currentSession: () => null, endSession: () => undefined }));

describe('the console cache', () => {
  it('keeps each trial its own criteria although criterion ids repeat across trials', () => {
    const cache = createCache();
    const query = gql`
      query {
        trials {
          id
          criteria {
            id
            manual
            ruleText
          }
        }
      }
    `;
    const trial = (id: string, ruleText: string, manual: boolean) => ({
      __typename: 'Trial',
      id,
      criteria: [{ __typename: 'Criterion', id: 'ecog', manual, ruleText }],
    });
    cache.writeQuery({ query, data: { trials: [trial('NCT00000001', 'ecog ≤ 1', false), trial('NCT00000002', 'ecog ≤ 2', true)] } });
    const read = cache.readQuery<{ trials: { id: string; criteria: { manual: boolean; ruleText: string }[] }[] }>({ query });
    expect(read?.trials.map((item) => [item.id, item.criteria[0].ruleText, item.criteria[0].manual])).toEqual([
      ['NCT00000001', 'ecog ≤ 1', false],
      ['NCT00000002', 'ecog ≤ 2', true],
    ]);
  });
});
