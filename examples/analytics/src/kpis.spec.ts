import { computeKpis, Fact } from './kpis';

const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 0, 1 + n, hour)).toISOString();
const opened = (caseId: string, on: number): Fact => ({ type: 'carta.intake.case.opened.v1', data: { caseId, openedAt: day(on) } });
const checklist = (caseId: string, completeness: string, on: number): Fact => ({
  type: 'carta.documents.checklist.evaluated.v1',
  data: { caseId, completeness, evaluatedAt: day(on) },
});
const submitted = (referralId: string, caseId: string, centreId: string, on: number): Fact => ({
  type: 'carta.eligibility.referral.submitted.v1',
  data: { referralId, caseId, centreId, submittedAt: day(on) },
});
const decided = (referralId: string, caseId: string, centreId: string, decision: string, on: number): Fact => ({
  type: 'carta.eligibility.referral.decided.v1',
  data: { referralId, caseId, centreId, decision, decidedAt: day(on) },
});

describe('computeKpis', () => {
  // Arrival order is not time order: the streams are independent topics.
  const facts: Fact[] = [
    decided('r1', 'c1', 'puth', 'ACCEPTED', 14),
    opened('c1', 0),
    checklist('c1', 'PARTIAL', 2),
    checklist('c1', 'COMPLETE', 5),
    submitted('r1', 'c1', 'puth', 6),
    { type: 'carta.travel.invitation-letter.issued.v1', data: { caseId: 'c1' } },
    { type: 'carta.travel.timeline.patient-arrived.v1', data: { caseId: 'c1' } },
    opened('c2', 1),
    checklist('c2', 'PARTIAL', 3),
    submitted('r2', 'c2', 'puth', 3),
    decided('r2', 'c2', 'puth', 'MORE_INFORMATION_REQUESTED', 20),
    checklist('c2', 'COMPLETE', 21), // after the submission: does not change what the PI was sent
    decided('r2', 'c2', 'puth', 'DECLINED', 25),
    opened('c3', 2),
    submitted('r3', 'c3', 'ruijin', 4),
    { type: 'carta.centres.centre.published.v1', data: { centreId: 'puth', name: 'Old name', publishedAt: day(0) } },
    { type: 'carta.centres.centre.published.v1', data: { centreId: 'puth', name: 'Peking University Third Hospital', publishedAt: day(1) } },
  ];
  const kpis = computeKpis(facts);

  it('counts the cases that reached each stage of the funnel', () => {
    expect(kpis.funnel).toEqual({ OPENED: 3, RECORDS_COMPLETE: 2, SUBMITTED: 3, PI_DECISION: 2, INVITATION: 1, ARRIVAL: 1 });
  });

  it('measures first contact to the first final decision, not to a request for more information', () => {
    // c1: day 0 → 14; c2: day 1 → 25 (the day-20 request is not a decision).
    expect(kpis.firstContactToPiDecision).toEqual({ count: 2, medianDays: 19, minDays: 14, maxDays: 24 });
  });

  it('pairs the completeness known at submission with the days to the first answer of any kind', () => {
    expect(kpis.responseByCompleteness).toEqual([
      { completeness: 'COMPLETE', referrals: 1, answered: 1, response: { count: 1, medianDays: 8, minDays: 8, maxDays: 8 } },
      { completeness: 'PARTIAL', referrals: 1, answered: 1, response: { count: 1, medianDays: 17, minDays: 17, maxDays: 17 } },
      { completeness: 'UNKNOWN', referrals: 1, answered: 0, response: null },
    ]);
  });

  it('rates acceptance per centre over final decisions, named as the centre last published itself', () => {
    expect(kpis.acceptanceByCentre).toEqual([
      { centreId: 'puth', name: 'Peking University Third Hospital', referrals: 2, accepted: 1, declined: 1, rate: 0.5 },
      { centreId: 'ruijin', name: null, referrals: 1, accepted: 0, declined: 0, rate: null },
    ]);
  });

  it('counts every event by type, including those no KPI uses', () => {
    expect(kpis.eventsByType['carta.eligibility.referral.decided.v1']).toBe(3);
    expect(Object.values(kpis.eventsByType).reduce((sum, count) => sum + count, 0)).toBe(facts.length);
  });
});
