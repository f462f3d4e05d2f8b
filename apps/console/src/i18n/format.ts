// Dates and numbers in the reader's language, by Intl (no hand-made formats).

/** A calendar day (YYYY-MM-DD) as the locale writes it; the day is not shifted by time zones. */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** Today as a calendar day (YYYY-MM-DD) in the reader's time zone: what a date field starts with, not the UTC day. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** An instant as the locale writes it, in the reader's time zone. */
export function formatInstant(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/**
 * An amount as the API gives it (`Money.amount`: major units as an exact decimal string, e.g. "1234.50",
 * with its ISO 4217 currency), written as the locale writes money. The string goes to Intl as it is
 * (no float on the way), so large amounts keep every fen.
 */
export function formatMoney(money: { amount: string; currency: string }, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, currencyDisplay: 'code' }).format(
    money.amount as Intl.StringNumericLiteral,
  );
}

/** A file's size in the locale's words (kB, MB…), decimal units as browsers and stores report them. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }).format(value);
}

/** A list of names joined as the locale joins them ("A, B and C" / "A、B和C"). */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
