import { CASE_STATUSES } from '@carta/contracts';
import { allowedTransitions, checkTransition, statusForCompleteness } from './case-lifecycle.rules';

describe('case lifecycle', () => {
  it('follows the journey from first contact to follow-up', () => {
    const path = [
      'NEW',
      'COLLECTING_RECORDS',
      'READY_FOR_SCREENING',
      'SUBMITTED',
      'ACCEPTED',
      'TRAVEL_PLANNING',
      'IN_TREATMENT',
      'FOLLOW_UP',
      'CLOSED',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(checkTransition(path[i - 1], path[i], { homeTeamReviewed: true })).toEqual({ allowed: true });
  });

  it('can withdraw from every open state and from no final one', () => {
    for (const status of CASE_STATUSES) {
      const open = status !== 'CLOSED' && status !== 'WITHDRAWN';
      expect(checkTransition(status, 'WITHDRAWN', { homeTeamReviewed: false }).allowed).toBe(open);
    }
  });

  it('refuses an invalid move naming the allowed next states', () => {
    const check = checkTransition('NEW', 'ACCEPTED', { homeTeamReviewed: false });
    expect(check).toEqual({
      allowed: false,
      reason: 'a NEW case cannot become ACCEPTED; allowed next: COLLECTING_RECORDS, READY_FOR_SCREENING, SUBMITTED, WITHDRAWN',
      allowedNext: ['COLLECTING_RECORDS', 'READY_FOR_SCREENING', 'SUBMITTED', 'WITHDRAWN'],
    });
    expect(allowedTransitions('CLOSED')).toEqual([]);
  });

  it("requires the home team's review before the patient travels for treatment", () => {
    expect(checkTransition('TRAVEL_PLANNING', 'IN_TREATMENT', { homeTeamReviewed: false })).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/home oncology team/),
    });
  });

  it('moves with the checklist while records are being gathered', () => {
    expect(statusForCompleteness('NEW', 'INCOMPLETE')).toBe('COLLECTING_RECORDS');
    expect(statusForCompleteness('COLLECTING_RECORDS', 'COMPLETE')).toBe('READY_FOR_SCREENING');
    expect(statusForCompleteness('READY_FOR_SCREENING', 'PARTIAL')).toBe('COLLECTING_RECORDS');
    expect(statusForCompleteness('SUBMITTED', 'PARTIAL')).toBeNull();
  });
});
