import { calendarDay } from '@carta/contracts';
import { badInput } from './domain-error';

/**
 * A calendar day, YYYY-MM-DD (ISO 8601): clinical, travel and money dates are days, not instants.
 * Plain strings, so entities, events and GraphQL carry them as they are; two days compare as strings.
 * Arithmetic is on the proleptic Gregorian calendar in UTC, which has no daylight saving: a day is
 * always 24 hours, so nothing here depends on the machine's zone.
 */
export type CalendarDate = string;

const MS_PER_DAY = 86_400_000;

/** A real day (2026-02-30 is not): the contracts' `calendarDay`, so the two cannot disagree. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return calendarDay.safeParse(value).success;
}

/** `value` as a day, or BAD_USER_INPUT naming `field` (the message never echoes the value). */
export function parseCalendarDate(value: unknown, field: string): CalendarDate {
  if (!isCalendarDate(value)) throw badInput(`${field}: must be a date YYYY-MM-DD`, { field });
  return value;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The day an instant falls on in `timeZone` (an IANA name; UTC unless said). "Today" for dates on
 * travel and money is the UTC day; 'Etc/GMT-14' (UTC+14) is the latest day it is anywhere on Earth.
 */
export function dayOf(instant: Date, timeZone = 'UTC'): CalendarDate {
  if (timeZone === 'UTC') return instant.toISOString().slice(0, 10);
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA prints YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** The clock's calendar day in `timeZone` (UTC unless said). Any `{ now() }` will do: the services' Clock is one. */
export function todayOf(clock: { now(): Date }, timeZone = 'UTC'): CalendarDate {
  return dayOf(clock.now(), timeZone);
}

const epochDay = (date: CalendarDate): number => Date.parse(`${parseCalendarDate(date, 'date')}T00:00:00Z`) / MS_PER_DAY;
const fromEpochDay = (day: number): CalendarDate => {
  const date = new Date(day * MS_PER_DAY);
  if (date.getUTCFullYear() < 0 || date.getUTCFullYear() > 9999) throw new RangeError('date beyond year 9999');
  return date.toISOString().slice(0, 10);
};

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError('days must be a whole number');
  return fromEpochDay(epochDay(date) + days);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * The same day `months` later (negative: earlier). End-of-month rule: a day the target month lacks
 * rolls forward by the days it lacks — 2026-01-31 + 1 month is 2026-03-03, 2026-08-31 + 6 months is
 * 2027-03-03, 2024-01-31 + 1 month is 2024-03-02 — so the whole months have always passed by the
 * result (a passport valid six months beyond a stay, a record three months old). It is the rule
 * the services have always applied, and the one under which a 29 February birthday comes on
 * 1 March in a common year, as `wholeYearsBetween` counts it.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError('months must be a whole number');
  const [year, month, day] = parseCalendarDate(date, 'date').split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  if (targetYear < 0 || targetYear > 9999) throw new RangeError('date beyond year 9999');
  const firstOfMonth = `${pad(targetYear, 4)}-${pad(index - targetYear * 12 + 1, 2)}-01`;
  return fromEpochDay(epochDay(firstOfMonth) + day - 1);
}

/** `years` later, by the same end-of-month rule: 29 February + 1 year is 1 March. */
export const addYears = (date: CalendarDate, years: number): CalendarDate => addMonths(date, years * 12);

/**
 * Whole days from `from` to `to` (negative when `to` is earlier): 2026-01-01 → 2026-01-02 is 1.
 * Exact, so there is nothing to round. Instants are counted as days by taking each one's `dayOf`
 * first (calendar days, not 24-hour periods): 23:59 to 00:01 the next day is 1 day.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return epochDay(to) - epochDay(from);
}

/** Whole years from `from` to `to` (the age on `to` of someone born on `from`); a 29 February birthday comes on 1 March in a common year. */
export function wholeYearsBetween(from: CalendarDate, to: CalendarDate): number {
  const [fromYear, fromMonth, fromDay] = parseCalendarDate(from, 'date').split('-').map(Number);
  const [toYear, toMonth, toDay] = parseCalendarDate(to, 'date').split('-').map(Number);
  return toYear - fromYear - (toMonth < fromMonth || (toMonth === fromMonth && toDay < fromDay) ? 1 : 0);
}

/** For sort: negative when `a` is earlier, 0 on the same day. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** ISO 8601 basic format, YYYYMMDD (iCalendar's DATE). */
export const basicDate = (date: CalendarDate): string => parseCalendarDate(date, 'date').replaceAll('-', '');
