import { daysBetween } from './calendar';
import { expectedPiResponse, reviewDueOn } from './pi-review';

describe('PI response windows', () => {
  it('give the typical answer time by completeness', () => {
    expect(expectedPiResponse('COMPLETE')).toEqual({ minDays: 7, maxDays: 10 });
    expect(expectedPiResponse('PARTIAL')).toEqual({ minDays: 14, maxDays: 21 });
    expect(expectedPiResponse('INCOMPLETE')).toEqual({ minDays: 28, maxDays: 42 });
  });

  it('set the review deadline at the window’s upper end; an unknown completeness counts as incomplete', () => {
    expect(reviewDueOn('COMPLETE', '2026-11-22')).toBe('2026-12-02');
    expect(reviewDueOn('PARTIAL', '2026-11-22')).toBe('2026-12-13');
    expect(reviewDueOn('INCOMPLETE', '2026-11-22')).toBe('2027-01-03');
    expect(reviewDueOn('UNKNOWN', '2026-11-22')).toBe('2027-01-03');
  });

  it('agree: the deadline is the upper end of the window documents shows', () => {
    for (const completeness of ['COMPLETE', 'PARTIAL', 'INCOMPLETE'] as const) {
      const due = reviewDueOn(completeness, '2026-02-20');
      const { maxDays } = expectedPiResponse(completeness);
      expect(daysBetween('2026-02-20', due)).toBe(maxDays);
    }
  });
});
