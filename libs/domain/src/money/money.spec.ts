import { Money } from './money';

describe('Money', () => {
  it('keeps exact integer minor units', () => {
    expect(Money.parse('0.10', 'USD').plus(Money.parse('0.20', 'USD')).format()).toBe('0.30 USD');
    expect(Money.parse('50000', 'USD').times(3).minor).toBe(15_000_000n);
    expect(() => Money.parse('1.005', 'USD')).toThrow('not an amount in USD');
    expect(() => Money.of(1.5, 'USD')).toThrow('integer');
    expect(() => Money.parse('1', 'USD').plus(Money.parse('1', 'CNY'))).toThrow('cannot combine USD with CNY');
  });

  it('converts at a dated rate, rounding half to even', () => {
    const rate = { from: 'USD' as const, to: 'CNY' as const, rate: '7.1250', asOf: '2026-11-20', source: 'test' };
    expect(Money.parse('100.00', 'USD').convert(rate).format()).toBe('712.50 CNY');
    // 0.01 × 7.125 = 0.07125 → 0.07; 0.02 × 7.125 = 0.1425 → 0.14; exact halves go to the even cent
    expect(Money.parse('0.01', 'USD').convert(rate).format()).toBe('0.07 CNY');
    expect(Money.parse('0.02', 'USD').convert({ ...rate, rate: '0.5' }).format()).toBe('0.01 CNY');
    expect(Money.parse('0.03', 'USD').convert({ ...rate, rate: '0.5' }).format()).toBe('0.02 CNY');
    expect(Money.parse('-0.03', 'USD').convert({ ...rate, rate: '0.5' }).format()).toBe('-0.02 CNY');
  });
});
