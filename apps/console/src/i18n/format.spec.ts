import { formatCount, formatDay, formatInstant } from './format';

describe("dates and numbers in the reader's language", () => {
  it("writes a calendar day the locale's way, without shifting it across time zones", () => {
    expect(formatDay('2026-03-05', 'en')).toBe('Mar 5, 2026');
    expect(formatDay('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDay('2026-01-01', 'en')).toBe('Jan 1, 2026');
  });

  it("writes instants and counts the locale's way", () => {
    expect(formatInstant('2026-03-05T12:00:00Z', 'zh-CN')).toMatch(/^2026年3月[56]日/);
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'zh-CN')).toBe('12,345');
  });
});
