import { DomainError } from '../domain-error';
import { CurrencyMismatch, ExchangeRate, Money } from './money';

const usd = (amount: string) => Money.parse(amount, 'USD');
const cny = (amount: string) => Money.parse(amount, 'CNY');
const rate = (value: string, from: ExchangeRate['from'] = 'USD', to: ExchangeRate['to'] = 'CNY'): ExchangeRate => ({
  from,
  to,
  rate: value,
  asOf: '2026-11-20',
  source: 'test',
});

describe('Money', () => {
  it('holds exact integer minor units, with each currency’s own exponent', () => {
    expect(usd('0.10').plus(usd('0.20')).toDecimal()).toBe('0.30');
    expect(usd('50000').times(3).minor).toBe(15_000_000n);
    expect(Money.parse('1500', 'JPY').minor).toBe(1500n);
    expect(usd('-0.05').toDecimal()).toBe('-0.05');
    // Far beyond 2^53 minor units, still exact.
    expect(Money.of(10n ** 20n, 'USD').plus(Money.of(1, 'USD')).minor).toBe(10n ** 20n + 1n);
  });

  it('refuses floats and amounts finer than the minor unit', () => {
    expect(() => usd('1.005')).toThrow('not an amount in USD');
    expect(() => Money.parse('1.5', 'JPY')).toThrow('not an amount in JPY');
    expect(() => usd('1e3')).toThrow(DomainError);
    expect(() => Money.of(1.5, 'USD')).toThrow('whole number');
    expect(() => Money.of(2 ** 53, 'USD')).toThrow('whole number');
    expect(() => usd('1').times(1.5)).toThrow('whole number');
    expect(() => Money.of(1, 'toString' as never)).toThrow('unsupported currency');
  });

  it('refuses to combine or compare two currencies', () => {
    expect(() => usd('1').plus(cny('1'))).toThrow(CurrencyMismatch);
    expect(() => usd('1').minus(cny('1'))).toThrow('cannot combine USD with CNY');
    expect(() => usd('1').compare(cny('1'))).toThrow(CurrencyMismatch);
    expect(usd('1').equals(cny('1'))).toBe(false);
  });

  it('compares', () => {
    expect(usd('1.00').compare(usd('1.01'))).toBe(-1);
    expect(usd('1.01').compare(usd('1.00'))).toBe(1);
    expect(usd('1').compare(usd('1.00'))).toBe(0);
    expect(usd('-0.01').isNegative()).toBe(true);
  });

  it('formats with grouped thousands and the code, and round-trips through toDecimal', () => {
    expect(cny('1065000').format()).toBe('1,065,000.00 CNY');
    expect(usd('-1234567.89').format()).toBe('-1,234,567.89 USD');
    expect(usd('0.05').format()).toBe('0.05 USD');
    expect(Money.parse('150000', 'JPY').format()).toBe('150,000 JPY');
    expect(Money.parse(usd('-12.30').toDecimal(), 'USD').minor).toBe(-1230n);
    expect(JSON.stringify(usd('12.30'))).toBe('{"minor":"1230","currency":"USD"}');
  });
});

describe('Money.allocate and split', () => {
  const sum = (parts: Money[]) => parts.reduce((total, part) => total.plus(part));

  it('never loses or invents a minor unit', () => {
    expect(
      usd('100')
        .split(3)
        .map((part) => part.toDecimal()),
    ).toEqual(['33.34', '33.33', '33.33']);
    expect(
      usd('0.02')
        .split(3)
        .map((part) => part.toDecimal()),
    ).toEqual(['0.01', '0.01', '0.00']);
    expect(
      usd('-100')
        .split(3)
        .map((part) => part.toDecimal()),
    ).toEqual(['-33.34', '-33.33', '-33.33']);
    for (const parts of [2, 3, 7, 11]) expect(sum(usd('1000.01').split(parts)).equals(usd('1000.01'))).toBe(true);
  });

  it('gives the leftover unit to the largest remainder, the earlier share on a tie', () => {
    // 0.05 as 30:70 is 1.5 : 3.5 cents; both remainders are a half, so the first share gets the cent.
    expect(
      usd('0.05')
        .allocate([30, 70])
        .map((part) => part.minor),
    ).toEqual([2n, 3n]);
    // 0.10 as 1:2:4 is 1.43 : 2.86 : 5.71 cents → 1, 3, 6: the two cents left go to .86 and .71, not to the first share.
    expect(
      usd('0.10')
        .allocate([1, 2, 4])
        .map((part) => part.minor),
    ).toEqual([1n, 3n, 6n]);
    expect(
      usd('0.10')
        .allocate([0, 1])
        .map((part) => part.minor),
    ).toEqual([0n, 10n]);
  });

  it('refuses weights that cannot share', () => {
    expect(() => usd('1').allocate([0, 0])).toThrow('positive sum');
    expect(() => usd('1').allocate([-1, 2])).toThrow('non-negative');
    expect(() => usd('1').allocate([0.5, 0.5])).toThrow('whole number');
    expect(() => usd('1').split(0)).toThrow('whole number of parts');
  });
});

describe('Money.convert', () => {
  it('multiplies by a dated decimal rate', () => {
    expect(usd('100').convert(rate('7.1250')).format()).toBe('712.50 CNY');
    expect(usd('50000').convert(rate('7.1')).toDecimal()).toBe('355000.00');
  });

  it('rounds an exact half to the even minor unit, up or down, and for negative amounts too', () => {
    expect(usd('0.01').convert(rate('0.5')).toDecimal()).toBe('0.00'); // 0.005 → 0.00
    expect(usd('0.03').convert(rate('0.5')).toDecimal()).toBe('0.02'); // 0.015 → 0.02
    expect(usd('0.05').convert(rate('0.5')).toDecimal()).toBe('0.02'); // 0.025 → 0.02
    expect(usd('0.07').convert(rate('0.5')).toDecimal()).toBe('0.04'); // 0.035 → 0.04
    expect(usd('-0.03').convert(rate('0.5')).toDecimal()).toBe('-0.02');
    expect(usd('-0.05').convert(rate('0.5')).toDecimal()).toBe('-0.02');
  });

  it('rounds anything other than an exact half to the nearest unit', () => {
    expect(usd('0.01').convert(rate('7.125')).toDecimal()).toBe('0.07'); // 0.07125
    expect(usd('0.02').convert(rate('7.125')).toDecimal()).toBe('0.14'); // 0.1425
    expect(usd('0.01').convert(rate('0.50000001')).toDecimal()).toBe('0.01'); // just over a half
    expect(usd('0.01').convert(rate('0.49999999')).toDecimal()).toBe('0.00'); // just under
  });

  it('divides exactly when converting against the rate’s direction: no rounded inverse rate', () => {
    expect(cny('1065000').convert(rate('7.1')).format()).toBe('150,000.00 USD');
    // 100.00 CNY ÷ 7.1 = 14.0845… USD; a 4-place inverse (0.1408) would give 14.08 instead.
    expect(cny('100').convert(rate('7.1')).toDecimal()).toBe('14.08');
    expect(cny('1').convert(rate('7.1')).toDecimal()).toBe('0.14'); // 0.1408…
    expect(cny('0.71').convert(rate('7.1')).toDecimal()).toBe('0.10');
    expect(
      Money.parse('0.25', 'CNY')
        .convert(rate('0.5', 'USD', 'CNY'))
        .toDecimal(),
    ).toBe('0.50');
  });

  it('moves between exponents: USD cents to whole yen', () => {
    expect(
      usd('100.00')
        .convert(rate('150.255', 'USD', 'JPY'))
        .toDecimal(),
    ).toBe('15026'); // 15025.5 → even 15026
    expect(
      usd('100.00')
        .convert(rate('150.245', 'USD', 'JPY'))
        .toDecimal(),
    ).toBe('15024'); // 15024.5 → even 15024
    expect(
      Money.parse('15025', 'JPY')
        .convert(rate('150.25', 'USD', 'JPY'))
        .toDecimal(),
    ).toBe('100.00');
  });

  it('refuses malformed rates and rates for other currencies', () => {
    for (const bad of ['7,1', '-7.1', '1e3', '', '.5', '0', '0.000']) expect(() => usd('1').convert(rate(bad))).toThrow(DomainError);
    expect(() => Money.parse('1', 'EUR').convert(rate('7.1'))).toThrow('a USD/CNY rate cannot convert EUR');
    expect(() => usd('1').convert(rate('1', 'USD', 'USD'))).toThrow('to itself');
  });

  it('reads back exactly what toJSON wrote, and refuses anything else', () => {
    const amount = Money.parse('-1234567890123456.78', 'USD');
    expect(Money.fromJSON(JSON.parse(JSON.stringify(amount))).equals(amount)).toBe(true);
    expect(() => Money.fromJSON({ minor: '12.5', currency: 'USD' })).toThrow(DomainError);
    expect(() => Money.fromJSON({ minor: '125', currency: 'XXX' })).toThrow('unsupported currency XXX');
  });
});
