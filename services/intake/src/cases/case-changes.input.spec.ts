import { parseHomeTeamReview } from './case-changes.input';

const refusalOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('case changes', () => {
  const review = { reviewedOn: '2025-11-03', reviewer: 'Dr Ana Ruiz', institution: 'Hospital Clínic', summary: 'Fit for CAR-T.' };

  it('refuses a home-team review dated in the future', () => {
    expect(parseHomeTeamReview(review).reviewedOn).toBe('2025-11-03');
    expect(refusalOf(() => parseHomeTeamReview({ ...review, reviewedOn: '2999-01-01' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'reviewedOn' },
    });
  });
});
