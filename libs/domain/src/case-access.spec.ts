import { canReadCase } from './case-access';

describe('canReadCase', () => {
  const referredToPuth = { referredCentreIds: ['puth'] };

  it('lets internal staff read any case', () => {
    expect(canReadCase({ subject: 'c', roles: ['coordinator'] }, { referredCentreIds: [] })).toBe(true);
    expect(canReadCase({ subject: 'a', roles: ['admin'] }, { referredCentreIds: [] })).toBe(true);
  });

  it('lets a hospital office read only cases referred to its own centre', () => {
    expect(canReadCase({ subject: 'o', roles: ['hospital_office'], centreId: 'puth' }, referredToPuth)).toBe(true);
    expect(canReadCase({ subject: 'o', roles: ['hospital_office'], centreId: 'ruijin' }, referredToPuth)).toBe(false);
    expect(canReadCase({ subject: 'o', roles: ['hospital_office'] }, referredToPuth)).toBe(false);
  });

  it('never lets an analyst read case data', () => {
    expect(canReadCase({ subject: 'n', roles: ['analyst'] }, referredToPuth)).toBe(false);
  });
});
