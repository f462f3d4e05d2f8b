import { today, formatCount, formatDay, formatInstant, formatList, formatMoney } from './format';

describe("dates and numbers in the reader's language", () => {
  it("writes a calendar day the locale's way, without shifting it across time zones", () => {
    expect(formatDay('2026-03-05', 'en')).toBe('Mar 5, 2026');
    expect(formatDay('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDay('2026-01-01', 'en')).toBe('Jan 1, 2026');
  });

  it("joins a list the locale's way", () => {
    expect(formatList(['Clinical summary', 'Medical records', 'Imaging'], 'en')).toBe('Clinical summary, Medical records, and Imaging');
    expect(formatList(['病情摘要', '病历资料'], 'zh-CN')).toBe('病情摘要和病历资料');
  });

  it("writes instants and counts the locale's way", () => {
    expect(formatInstant('2026-03-05T12:00:00Z', 'zh-CN')).toMatch(/^2026年3月[56]日/);
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'zh-CN')).toBe('12,345');
  });

  it("writes money the API gives as a decimal string exactly, with its currency, the locale's way", () => {
    const plain = (text: string) => text.replace(/\s/g, ' ');
    // Beyond 2^53: a float would lose the fen.
    expect(plain(formatMoney({ amount: '12345678901234567.89', currency: 'CNY' }, 'en'))).toBe('CNY 12,345,678,901,234,567.89');
    expect(plain(formatMoney({ amount: '1065510.00', currency: 'CNY' }, 'zh-CN'))).toBe('CNY 1,065,510.00');
    expect(plain(formatMoney({ amount: '-500.00', currency: 'USD' }, 'en'))).toBe('-USD 500.00');
  });
});

describe('today', () => {
  it('is the calendar day where the reader is, not the UTC day', () => {
    // Late in the UTC day: east of Greenwich it is already the next day.
    const instant = new Date('2026-11-30T23:30:00Z');
    const pad = (value: number) => String(value).padStart(2, '0');
    expect(today(instant)).toBe(`${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`);
  });
});
