// The office pages' small pure rules (unit-tested in office-rules.spec.ts).

/** Today as a calendar day (YYYY-MM-DD) where the reader is. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A referral still awaiting the PI's answer after its due day. */
export function isOverdue(referral: { status: string; reviewDueOn: string }, today: string): boolean {
  return referral.status === 'AWAITING_DECISION' && referral.reviewDueOn < today;
}

/** A text field's value, or undefined when left empty (the API then keeps or derives it). */
export const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
/** Comma- or line-separated entries of a text field. */
export const entries = (value: string): string[] =>
  value
    .split(/[,，\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
