import { badInput, DomainError } from '../domain-error';

/**
 * Money: an exact amount of one currency, held as integer minor units (cents, fen) in a bigint.
 *
 * Why bigint rather than a safe-integer number: a conversion multiplies the amount by all the digits
 * of a rate before it divides (1,000,000.00 USD × "7.12345678" is about 7 × 10^18 in the middle),
 * well past 2^53, where a number silently loses units; bigint keeps every step exact, and JavaScript
 * refuses to mix it with a float, so a stray float cannot creep into an amount. JSON carries it as a
 * decimal string.
 *
 * Rounding happens in one place only: a currency conversion rounds half to even (banker's rounding)
 * to the target's minor unit, once. Allocation never rounds: it hands out the leftover minor units.
 */

/** ISO 4217 codes we handle and their minor-unit exponents (digits after the decimal point). */
export const MINOR_UNIT_EXPONENTS = { USD: 2, CNY: 2, EUR: 2, GBP: 2, JPY: 0 } as const;
export type Currency = keyof typeof MINOR_UNIT_EXPONENTS;

export const isCurrency = (code: string): code is Currency => Object.hasOwn(MINOR_UNIT_EXPONENTS, code);

export class CurrencyMismatch extends DomainError {
  constructor(expected: Currency, got: Currency) {
    super('BAD_USER_INPUT', `cannot combine ${expected} with ${got}`, { expected, got });
    this.name = 'CurrencyMismatch';
  }
}

/** A rate on a given day from a named source, e.g. 1 USD = "7.1034" CNY (PBOC central parity, 2026-11-20). */
export interface ExchangeRate {
  from: Currency;
  to: Currency;
  /** Units of `to` for one unit of `from`, as a decimal string: never a float. */
  rate: string;
  /** The day the rate was quoted (YYYY-MM-DD); shown beside every converted amount. */
  asOf: string;
  source: string;
}

export class Money {
  private constructor(
    readonly minor: bigint,
    readonly currency: Currency,
  ) {}

  /** From minor units: a bigint, or a number that is a safe integer (anything else is refused). */
  static of(minor: bigint | number, currency: Currency): Money {
    if (!isCurrency(currency)) throw badInput(`unsupported currency ${String(currency)}`);
    return new Money(toBigInt(minor, 'minor units'), currency);
  }

  /** From a decimal string in major units ("50000", "712.50"); more decimals than the currency has are refused. */
  static parse(amount: string, currency: Currency): Money {
    if (!isCurrency(currency)) throw badInput(`unsupported currency ${String(currency)}`);
    const digits = MINOR_UNIT_EXPONENTS[currency];
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount);
    if (!match || (match[3]?.length ?? 0) > digits) throw badInput(`"${amount}" is not an amount in ${currency}`);
    const minor = BigInt(match[2]) * 10n ** BigInt(digits) + BigInt((match[3] ?? '').padEnd(digits, '0') || '0');
    return new Money(match[1] ? -minor : minor, currency);
  }

  static zero(currency: Currency): Money {
    return Money.of(0n, currency);
  }

  plus(other: Money): Money {
    this.sameCurrency(other);
    return new Money(this.minor + other.minor, this.currency);
  }

  minus(other: Money): Money {
    this.sameCurrency(other);
    return new Money(this.minor - other.minor, this.currency);
  }

  /** By a whole quantity (days, nights, sessions): a fraction of a price has no exact answer. */
  times(quantity: bigint | number): Money {
    return new Money(this.minor * toBigInt(quantity, 'a quantity'), this.currency);
  }

  negated(): Money {
    return new Money(-this.minor, this.currency);
  }

  /**
   * Splits the amount in proportion to whole-number weights without losing or inventing a minor
   * unit: each share is rounded towards zero, then the leftover units go one each to the shares
   * with the largest remainders (the earlier share on a tie). The shares always sum to the amount.
   */
  allocate(weights: readonly number[]): Money[] {
    const ratios = weights.map((weight) => toBigInt(weight, 'a weight'));
    const total = ratios.reduce((sum, ratio) => sum + ratio, 0n);
    if (ratios.some((ratio) => ratio < 0n) || total === 0n) throw badInput('allocate needs non-negative weights with a positive sum');
    const magnitude = this.minor < 0n ? -this.minor : this.minor;
    const shares = ratios.map((ratio) => (magnitude * ratio) / total);
    const remainders = ratios.map((ratio, index) => ({ index, remainder: (magnitude * ratio) % total }));
    let leftover = magnitude - shares.reduce((sum, share) => sum + share, 0n);
    for (const { index } of remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))) {
      if (leftover === 0n) break;
      shares[index] += 1n;
      leftover -= 1n;
    }
    return shares.map((share) => new Money(this.minor < 0n ? -share : share, this.currency));
  }

  /** Into `parts` equal shares, the first ones a minor unit larger where it does not divide evenly. */
  split(parts: number): Money[] {
    if (!Number.isSafeInteger(parts) || parts < 1) throw badInput('split needs a whole number of parts');
    return this.allocate(new Array<number>(parts).fill(1));
  }

  compare(other: Money): -1 | 0 | 1 {
    this.sameCurrency(other);
    return this.minor < other.minor ? -1 : this.minor > other.minor ? 1 : 0;
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.minor === other.minor;
  }

  isZero(): boolean {
    return this.minor === 0n;
  }

  isNegative(): boolean {
    return this.minor < 0n;
  }

  /**
   * Converts at a dated rate, in either direction: with the rate's `from` currency it multiplies,
   * with its `to` currency it divides by the rate exactly (never by a rounded inverse rate). The
   * exact result is rounded once, half to even, to the target currency's minor unit.
   */
  convert(rate: ExchangeRate): Money {
    if (rate.from === rate.to) throw badInput(`a rate from ${rate.from} to itself converts nothing`);
    const { numerator, denominator } = parseRate(rate.rate);
    const scale = (currency: Currency) => 10n ** BigInt(MINOR_UNIT_EXPONENTS[currency]);
    if (this.currency === rate.from) {
      return new Money(roundHalfEven(this.minor * numerator * scale(rate.to), denominator * scale(rate.from)), rate.to);
    }
    if (this.currency === rate.to) {
      return new Money(roundHalfEven(this.minor * denominator * scale(rate.from), numerator * scale(rate.to)), rate.from);
    }
    throw badInput(`a ${rate.from}/${rate.to} rate cannot convert ${this.currency}`);
  }

  /** The plain decimal in major units, e.g. "-1234.50": the exact inverse of `parse`. */
  toDecimal(): string {
    const digits = MINOR_UNIT_EXPONENTS[this.currency];
    const sign = this.minor < 0n ? '-' : '';
    const text = (this.minor < 0n ? -this.minor : this.minor).toString().padStart(digits + 1, '0');
    return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }

  /** For people: thousands grouped, code after, e.g. "1,065,000.00 CNY" (locale-independent on purpose). */
  format(): string {
    const [whole, fraction] = this.toDecimal().split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${fraction === undefined ? grouped : `${grouped}.${fraction}`} ${this.currency}`;
  }

  toJSON(): { minor: string; currency: Currency } {
    return { minor: this.minor.toString(), currency: this.currency };
  }

  /** The inverse of toJSON: an amount as stored or sent ({ minor: "100050", currency: "CNY" }). */
  static fromJSON(json: { minor: string; currency: string }): Money {
    if (!/^-?\d+$/.test(json.minor)) throw badInput(`"${json.minor}" is not a whole number of minor units`);
    return Money.of(BigInt(json.minor), json.currency as Currency);
  }

  private sameCurrency(other: Money): void {
    if (other.currency !== this.currency) throw new CurrencyMismatch(this.currency, other.currency);
  }
}

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw badInput(`${what} must be a whole number, got ${value}`);
  return BigInt(value);
}

/** A positive decimal string as an exact fraction: "7.125" → 7125/1000. Floats, exponents and signs are refused. */
function parseRate(rate: string): { numerator: bigint; denominator: bigint } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) throw badInput(`"${rate}" is not a decimal exchange rate`);
  const fraction = match[2] ?? '';
  const numerator = BigInt(match[1] + fraction);
  if (numerator === 0n) throw badInput('an exchange rate must be positive');
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/** numerator / denominator (denominator > 0) to the nearest integer; an exact half goes to the even neighbour. */
function roundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const magnitude = numerator < 0n ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twiceRemainder = (magnitude % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) quotient += 1n;
  return numerator < 0n ? -quotient : quotient;
}
