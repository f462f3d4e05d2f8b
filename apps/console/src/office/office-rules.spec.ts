import { entries, isOverdue, localToday, optional } from './office-rules';

describe("the office pages' rules", () => {
  it('marks a referral overdue only while it awaits the decision after its due day', () => {
    expect(isOverdue({ status: 'AWAITING_DECISION', reviewDueOn: '2026-11-20' }, '2026-11-21')).toBe(true);
    expect(isOverdue({ status: 'AWAITING_DECISION', reviewDueOn: '2026-11-21' }, '2026-11-21')).toBe(false);
    expect(isOverdue({ status: 'ACCEPTED', reviewDueOn: '2026-11-01' }, '2026-11-21')).toBe(false);
  });

  it("takes today's calendar day where the reader is", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('reads list fields split by commas (Latin or Chinese) or lines, and empty fields as absent', () => {
    expect(entries('NCT05277987, ChiCTR2000029308，CD19\n BCMA ,')).toEqual(['NCT05277987', 'ChiCTR2000029308', 'CD19', 'BCMA']);
    expect(optional('  ')).toBeUndefined();
    expect(optional(' PUTH-1 ')).toBe('PUTH-1');
  });
});
