import { z } from 'zod';
import { birthDate, latestToday, MAX_AGE_YEARS, parseUuid, passportExpiry, pastDate, yearsFrom } from './validation';

const ok = (schema: z.ZodType, value: string) => schema.safeParse(value).success;

describe('date rules (taken on the day of parsing)', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-15T12:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] }));
  afterAll(() => jest.useRealTimers());

  it('knows the latest day anywhere on Earth and whole years back and ahead', () => {
    expect(latestToday(new Date('2026-06-15T09:59:59Z'))).toBe('2026-06-15');
    expect(latestToday(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-16');
    expect(yearsFrom(new Date('2026-06-15T12:00:00Z'), -MAX_AGE_YEARS)).toBe('1896-06-15');
  });

  it('accepts a birth date from today back to 130 years, and refuses the future and the implausibly old', () => {
    expect(ok(birthDate, '1971-04-02')).toBe(true);
    expect(ok(birthDate, '2026-06-15')).toBe(true);
    expect(ok(birthDate, '2026-06-16')).toBe(true); // already today in Kiribati
    expect(ok(birthDate, '1896-06-15')).toBe(true);
    expect(birthDate.safeParse('2999-01-01').error?.issues[0].message).toBe('must not be in the future');
    expect(ok(birthDate, '2026-06-17')).toBe(false);
    expect(birthDate.safeParse('1896-06-14').error?.issues[0].message).toBe('must be within the last 130 years');
    expect(ok(birthDate, '1971-02-30')).toBe(false);
  });

  it('accepts a passport that has expired (the record keeps it) but not one no country issues', () => {
    expect(ok(passportExpiry, '2020-01-01')).toBe(true);
    expect(ok(passportExpiry, '2037-06-15')).toBe(true);
    expect(ok(passportExpiry, '2037-06-16')).toBe(false);
    expect(ok(passportExpiry, '2999-01-01')).toBe(false);
    expect(ok(passportExpiry, '1800-01-01')).toBe(false);
  });

  it('refuses a past event dated in the future', () => {
    expect(ok(pastDate, '2026-06-01')).toBe(true);
    expect(ok(pastDate, '2027-01-01')).toBe(false);
  });
});

describe('parseUuid', () => {
  it('refuses anything but a UUID as BAD_USER_INPUT naming the field, without echoing it', () => {
    expect(parseUuid('0d5f3a8e-8b1c-4f7e-9d2a-6c4b1e0f9a77', 'id')).toBe('0d5f3a8e-8b1c-4f7e-9d2a-6c4b1e0f9a77');
    expect(() => parseUuid("1' OR '1'='1", 'id')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'id' }, message: 'id must be a UUID' }),
    );
  });
});
