/**
 * Money as integer minor units and an ISO 4217 code. Never floats: amounts are bigint, so sums of
 * any size are exact; conversions round half-to-even to the minor unit, the rule banks use.
 */
export const CURRENCIES = { USD: 2, CNY: 2 } as const;
export type Currency = keyof typeof CURRENCIES;

export class Money {
  private constructor(
    readonly minor: bigint,
    readonly currency: Currency,
  ) {}

  static of(minor: bigint | number, currency: Currency): Money {
    if (typeof minor === 'number' && !Number.isSafeInteger(minor)) throw new RangeError(`minor units must be an integer, got ${minor}`);
    if (!(currency in CURRENCIES)) throw new RangeError(`unsupported currency ${currency}`);
    return new Money(BigInt(minor), currency);
  }

  /** From a decimal string in major units, e.g. "50000.00"; more decimals than the currency has are refused. */
  static parse(major: string, currency: Currency): Money {
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(major);
    const digits = CURRENCIES[currency];
    if (!match || (match[3]?.length ?? 0) > digits) throw new RangeError(`"${major}" is not an amount in ${currency}`);
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

  times(quantity: number): Money {
    if (!Number.isInteger(quantity)) throw new RangeError('multiply money by whole quantities only');
    return new Money(this.minor * BigInt(quantity), this.currency);
  }

  isZero(): boolean {
    return this.minor === 0n;
  }

  compare(other: Money): -1 | 0 | 1 {
    this.sameCurrency(other);
    return this.minor < other.minor ? -1 : this.minor > other.minor ? 1 : 0;
  }

  /** Converts at a dated rate (a decimal string, e.g. "7.1234" CNY per USD), rounding half to even. */
  convert(rate: ExchangeRate): Money {
    if (rate.from !== this.currency) throw new RangeError(`the rate converts ${rate.from}, not ${this.currency}`);
    const [whole, fraction = ''] = rate.rate.split('.');
    const scale = 10n ** BigInt(fraction.length);
    const numerator = this.minor * BigInt(whole + fraction) * 10n ** BigInt(CURRENCIES[rate.to]);
    const denominator = scale * 10n ** BigInt(CURRENCIES[this.currency]);
    return new Money(roundHalfEven(numerator, denominator), rate.to);
  }

  format(): string {
    const digits = CURRENCIES[this.currency];
    const sign = this.minor < 0n ? '-' : '';
    const absolute = (this.minor < 0n ? -this.minor : this.minor).toString().padStart(digits + 1, '0');
    return `${sign}${absolute.slice(0, -digits)}.${absolute.slice(-digits)} ${this.currency}`;
  }

  toJSON(): { minor: string; currency: Currency } {
    return { minor: this.minor.toString(), currency: this.currency };
  }

  private sameCurrency(other: Money): void {
    if (other.currency !== this.currency) throw new RangeError(`cannot combine ${this.currency} with ${other.currency}`);
  }
}

export interface ExchangeRate {
  from: Currency;
  to: Currency;
  /** Units of `to` per unit of `from`, as a decimal string (never a float). */
  rate: string;
  asOf: string;
  source: string;
}

function roundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  const twice = (n % d) * 2n;
  if (twice > d || (twice === d && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}
