import { DomainError } from './domain-error';
import {
  addDays,
  addMonths,
  addYears,
  basicDate,
  compareDates,
  dayOf,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
  todayOf,
  wholeYearsBetween,
} from './calendar';

describe('calendar dates', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    for (const day of ['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31']) expect(isCalendarDate(day)).toBe(true);
    for (const day of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-1-01', '2026-01-01T00:00:00Z', '', 20260101, null])
      expect(isCalendarDate(day)).toBe(false);
  });

  it('refuses a non-date as BAD_USER_INPUT naming the field, never echoing the value', () => {
    const refusal = (() => {
      try {
        parseCalendarDate('2026-02-30', 'asOf');
      } catch (error) {
        return error as DomainError;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', message: 'asOf: must be a date YYYY-MM-DD', details: { field: 'asOf' } });
    expect(() => addDays('2026-02-30', 1)).toThrow(DomainError);
  });

  it('takes an instant’s day in UTC, or in a named zone', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(dayOf(instant)).toBe('2026-03-01');
    expect(dayOf(instant, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(dayOf(instant, 'America/New_York')).toBe('2026-03-01');
    // UTC+14: the latest day anywhere on Earth.
    expect(dayOf(new Date('2026-03-01T10:00:00Z'), 'Etc/GMT-14')).toBe('2026-03-02');
    expect(todayOf({ now: () => instant })).toBe('2026-03-01');
    expect(todayOf({ now: () => instant }, 'Asia/Shanghai')).toBe('2026-03-02');
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-22', 42)).toBe('2027-01-03');
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });

  it('is free of daylight saving: every day is 24 hours whatever the machine’s zone', () => {
    // Europe and the US change clocks on these days; calendar arithmetic must not notice.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('adds months with the end-of-month rule: a day the month lacks rolls forward by the days it lacks', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-03-03');
    expect(addMonths('2024-01-31', 1)).toBe('2024-03-02');
    expect(addMonths('2024-01-29', 1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-03-03');
    expect(addMonths('2026-03-31', 1)).toBe('2026-05-01');
    expect(addMonths('2026-11-30', 3)).toBe('2027-03-02');
    expect(addMonths('2026-01-31', 3)).toBe('2026-05-01');
    expect(addMonths('2026-05-15', 3)).toBe('2026-08-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-03-03');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-06-01', -130)).toBe('1896-06-01');
    // The same as JavaScript's own month arithmetic in UTC, which the services used before.
    for (const [date, months] of [
      ['2026-01-31', 1],
      ['2024-08-31', 6],
      ['2023-12-31', 2],
      ['2026-05-31', -3],
    ] as const) {
      const js = new Date(`${date}T00:00:00Z`);
      js.setUTCMonth(js.getUTCMonth() + months);
      expect(addMonths(date, months)).toBe(js.toISOString().slice(0, 10));
    }
  });

  it('agrees with the age count: n whole years have passed exactly from addYears(birth, n)', () => {
    for (const birth of ['2000-02-29', '1990-01-31', '1985-12-31']) {
      for (const years of [1, 17, 18, 30]) {
        const birthday = addYears(birth, years);
        expect(wholeYearsBetween(birth, birthday)).toBe(years);
        expect(wholeYearsBetween(birth, addDays(birthday, -1))).toBe(years - 1);
      }
    }
  });

  it('counts whole days between two days, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-01-02')).toBe(1);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    // Instants become days first: a minute across midnight is a day.
    expect(daysBetween(dayOf(new Date('2026-01-01T23:59:00Z')), dayOf(new Date('2026-01-02T00:01:00Z')))).toBe(1);
  });

  it('counts whole years as an age does, a leap-day birthday turning on 1 March in common years', () => {
    expect(wholeYearsBetween('1968-03-03', '2026-03-02')).toBe(57);
    expect(wholeYearsBetween('1968-03-03', '2026-03-03')).toBe(58);
    expect(wholeYearsBetween('2000-02-29', '2027-02-28')).toBe(26);
    expect(wholeYearsBetween('2000-02-29', '2027-03-01')).toBe(27);
    expect(wholeYearsBetween('2000-02-29', '2028-02-29')).toBe(28);
  });

  it('compares and formats', () => {
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual(['2025-12-31', '2026-01-15', '2026-03-01']);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(basicDate('2026-03-01')).toBe('20260301');
  });
});
