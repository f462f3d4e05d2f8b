import { reviewDueOn } from './review-deadline';

describe('reviewDueOn', () => {
  it('follows the completeness of the file', () => {
    expect(reviewDueOn('COMPLETE', '2026-11-22')).toBe('2026-12-02');
    expect(reviewDueOn('PARTIAL', '2026-11-22')).toBe('2026-12-13');
    expect(reviewDueOn('INCOMPLETE', '2026-11-22')).toBe('2027-01-03');
    expect(reviewDueOn('UNKNOWN', '2026-11-22')).toBe('2027-01-03');
  });
});
