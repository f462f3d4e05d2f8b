import { InvalidSummaryFact } from '../screening/oncology-summary.rules';
import { factFieldOf } from './summary-domain.rules';

describe('factFieldOf', () => {
  it("names a refused field inside the mutation's fact argument", () => {
    expect(factFieldOf(new InvalidSummaryFact('lab.unit', 'unknown unit'))).toEqual({ field: 'fact.unit', message: 'fact.unit: unknown unit' });
    expect(factFieldOf(new InvalidSummaryFact('ecog.observedOn', 'is after today'))).toEqual({
      field: 'fact.observedOn',
      message: 'fact.observedOn: is after today',
    });
  });

  it('names the whole fact, or its kind, when that is what is wrong', () => {
    expect(factFieldOf(new InvalidSummaryFact('fact', 'must be an object'))).toEqual({ field: 'fact', message: 'fact: must be an object' });
    expect(factFieldOf(new InvalidSummaryFact('kind', 'unknown kind'))).toEqual({ field: 'fact.kind', message: 'fact.kind: unknown kind' });
  });
});
