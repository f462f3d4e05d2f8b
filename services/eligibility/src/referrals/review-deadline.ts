/**
 * How long a PI takes to answer, by the completeness of the file (DOMAIN.md, 200+ cases):
 * complete 7–10 days, partial 14–21, incomplete 4–6 weeks. The deadline is the upper end.
 */
const REVIEW_DAYS: Record<string, number> = { COMPLETE: 10, PARTIAL: 21, INCOMPLETE: 42 };

export function reviewDueOn(completeness: string, submittedOn: string): string {
  const due = new Date(`${submittedOn}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + (REVIEW_DAYS[completeness] ?? REVIEW_DAYS.INCOMPLETE));
  return due.toISOString().slice(0, 10);
}
