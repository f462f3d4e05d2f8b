import { calendarDay, isoDate } from '@carta/contracts';
import { addYears, badInput, dayOf } from '@carta/domain';
import { z } from 'zod';

/**
 * The one way mutation inputs are validated: the first problem becomes BAD_USER_INPUT naming the
 * field. zod's messages describe the rule, never the value, so nothing the caller sent is echoed.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    throw badInput(`${field || 'input'}: ${issue.message}`, { field });
  }
  return parsed.data;
}

/** A calendar date (clinical and travel dates are dates, not instants). */
export { isoDate };
export const personName = z.string().trim().min(1).max(100);

/** No one alive is older. */
export const MAX_AGE_YEARS = 130;
/** No passport is issued for more than 10 years (plus carried-over months, at most 9 in any scheme we know). */
export const MAX_PASSPORT_YEARS_AHEAD = 11;

/** The calendar day `years` from now's UTC day (negative: before), by the calendar's end-of-month rule. */
export function yearsFrom(now: Date, years: number): string {
  return addYears(dayOf(now), years);
}

/** The latest calendar day it is anywhere on Earth (UTC+14, 'Etc/GMT-14'): a date after it is in everyone's future. */
export function latestToday(now: Date): string {
  return dayOf(now, 'Etc/GMT-14');
}

/** A day that has happened (a review, a diagnosis): any real day, the bounds below say why one is refused. */
export const pastDate = calendarDay.refine((day) => day <= latestToday(new Date()), 'must not be in the future');

/** A living person's date of birth: not in the future, not more than MAX_AGE_YEARS ago. */
export const birthDate = pastDate.refine((day) => day >= yearsFrom(new Date(), -MAX_AGE_YEARS), `must be within the last ${MAX_AGE_YEARS} years`);

/**
 * A passport's expiry as the record shows it: it may have passed (the record keeps it; the visa
 * checks judge validity), but never beyond what any passport is issued for, nor before anyone alive was born.
 */
export const passportExpiry = calendarDay
  .refine((day) => day <= yearsFrom(new Date(), MAX_PASSPORT_YEARS_AHEAD), `must be within ${MAX_PASSPORT_YEARS_AHEAD} years from today`)
  .refine((day) => day >= yearsFrom(new Date(), -MAX_AGE_YEARS), `must be within the last ${MAX_AGE_YEARS} years`);

/** An id argument: a UUID, or BAD_USER_INPUT naming the field. */
export function parseUuid(value: unknown, field: string): string {
  if (!z.uuid().safeParse(value).success) throw badInput(`${field} must be a UUID`, { field });
  return value as string;
}

/** Why someone acts (a withdrawal, a deletion, a correction): required plain text, trimmed, at most `max` characters. */
export const reasonText = (max: number, message = `say why (1–${max} characters)`) => z.string({ error: message }).trim().min(1, message).max(max, message);
