import { Money } from '@carta/domain';
import { Ledger, LedgerRefusal } from './ledger';

const cny = (amount: string) => Money.parse(amount, 'CNY');
const estimate = { version: 2, inputHash: 'abc' };

describe('Ledger', () => {
  it('refuses an invoice before the family accepts the estimate, or for another version', () => {
    const ledger = new Ledger('CNY');
    expect(() => ledger.invoice('inv-1', 'DEPOSIT', cny('100000'), estimate, '2026-11-22')).toThrow(LedgerRefusal);
    ledger.accept({ estimateVersion: 1, inputHash: 'old', acceptedBy: 'family', acceptedAt: '2026-11-20' });
    expect(() => ledger.invoice('inv-1', 'DEPOSIT', cny('100000'), estimate, '2026-11-22')).toThrow('estimate version 2 has not been accepted (accepted: version 1)');
  });

  it('reconciles deposit, balance, partial payments and an overpayment refund to zero', () => {
    const ledger = new Ledger('CNY');
    ledger.accept({ estimateVersion: 2, inputHash: 'abc', acceptedBy: 'family', acceptedAt: '2026-11-21' });
    ledger.invoice('inv-1', 'DEPOSIT', cny('100000'), estimate, '2026-11-22');
    ledger.recordPayment('bank-1', cny('60000'), '2026-11-23');
    ledger.recordPayment('bank-2', cny('40000'), '2026-11-24');
    expect(ledger.balance().isZero()).toBe(true);
    ledger.invoice('inv-2', 'BALANCE', cny('250000.50'), estimate, '2026-12-20');
    ledger.recordPayment('bank-3', cny('260000.50'), '2026-12-21');
    expect(ledger.credit().format()).toBe('10000.00 CNY');
    ledger.refund('refund-1', cny('10000'), '2026-12-22');
    expect(ledger.balance().isZero()).toBe(true);
  });

  it('ignores the same payment notified twice, and refuses one reused with another amount', () => {
    const ledger = new Ledger('CNY');
    ledger.accept({ estimateVersion: 2, inputHash: 'abc', acceptedBy: 'family', acceptedAt: '2026-11-21' });
    ledger.invoice('inv-1', 'DEPOSIT', cny('100000'), estimate, '2026-11-22');
    expect(ledger.recordPayment('bank-1', cny('100000'), '2026-11-23')).toEqual({ recorded: true });
    expect(ledger.recordPayment('bank-1', cny('100000'), '2026-11-23')).toEqual({ recorded: false });
    expect(ledger.balance().isZero()).toBe(true);
    expect(() => ledger.recordPayment('bank-1', cny('5'), '2026-11-23')).toThrow('already recorded with another amount');
    expect(() => ledger.refund('r', cny('1'), '2026-11-24')).toThrow('cannot exceed the credit');
  });
});
