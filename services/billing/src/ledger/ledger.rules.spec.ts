import { DomainError, Money } from '@carta/domain';
import { estimateCosts, EstimateInput, ILLUSTRATIVE_PRICE_LIST } from '../estimates/cost-estimate.rules';
import { acceptEstimate, balance, countedAmount, invoiceDueOn, issueInvoice, Ledger, openLedger, recordPayment, recordRefund } from './ledger.rules';

const cny = (amount: string) => Money.parse(amount, 'CNY');
const estimateInput: EstimateInput = {
  fundingModel: 'SPONSOR_FUNDED',
  product: { type: 'AUTOLOGOUS', manufacturingWaitDays: { min: 21, max: 42 } },
  monitoringDays: { min: 14, max: 30 },
  hotelMonitoringAfterDay14: false,
  familyStaysDuringManufacturing: true,
  // A centre's own tariff: an illustrative estimate is never invoiced (tested below).
  prices: { ...ILLUSTRATIVE_PRICE_LIST, label: 'Centre tariff 2027', illustrative: false },
  rate: { from: 'USD', to: 'CNY', rate: '7.1', asOf: '2026-11-20', source: 'test' },
};
const v1 = estimateCosts(estimateInput);
const accepted = (estimate = v1): Ledger =>
  acceptEstimate(openLedger('CNY'), {
    version: estimate.version,
    inputHash: estimate.inputHash,
    acceptedBy: 'user-1',
    acceptedAt: '2026-11-21T09:00:00Z',
    illustrative: estimate.priceList.illustrative,
  });
const deposit = (estimate: { version: number; inputHash: string } = v1, id = 'inv-1') => ({
  id,
  kind: 'DEPOSIT' as const,
  amount: cny('100000'),
  estimate,
  on: '2026-11-22',
});
/** The reconciliation every ledger must satisfy. */
const reconciles = (ledger: Ledger) => {
  const { invoiced, paid, refunded, due } = balance(ledger);
  return invoiced.minus(paid).plus(refunded).equals(due);
};
const refusal = (action: () => unknown): DomainError => {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('the ledger', () => {
  it('refuses an invoice before the family has accepted an estimate', () => {
    const error = refusal(() => issueInvoice(openLedger('CNY'), deposit()));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('no estimate has been accepted: nothing may be invoiced yet');
  });

  it('needs a new acceptance when the estimate changes, and then invoices only the new version', () => {
    let ledger = issueInvoice(accepted(), deposit());
    const v2 = estimateCosts({ ...estimateInput, rate: { ...estimateInput.rate, rate: '7.2', asOf: '2026-11-27' } }, v1);
    expect(v2.version).toBe(2);
    expect(() => issueInvoice(ledger, { ...deposit(v2, 'inv-2'), kind: 'BALANCE' })).toThrow(
      'estimate version 2 is not the accepted one (accepted: version 1)',
    );
    ledger = acceptEstimate(ledger, {
      version: v2.version,
      inputHash: v2.inputHash,
      acceptedBy: 'user-1',
      acceptedAt: '2026-11-28T09:00:00Z',
      illustrative: false,
    });
    ledger = issueInvoice(ledger, { ...deposit(v2, 'inv-2'), kind: 'BALANCE' });
    expect(() => issueInvoice(ledger, deposit(v1, 'inv-3'))).toThrow('estimate version 1 is not the accepted one (accepted: version 2)');
    // The right number with another fingerprint is not the accepted estimate either.
    expect(() => issueInvoice(ledger, deposit({ version: 2, inputHash: v1.inputHash }, 'inv-4'))).toThrow(DomainError);
    expect(balance(ledger).invoiced.format()).toBe('200,000.00 CNY');
  });

  it('reconciles a deposit, a balance, partial payments and a refunded overpayment to zero', () => {
    let ledger = issueInvoice(accepted(), deposit());
    ledger = recordPayment(ledger, { reference: 'bank-1', amount: cny('60000'), on: '2026-11-23' });
    expect(balance(ledger).due.format()).toBe('40,000.00 CNY');
    ledger = recordPayment(ledger, { reference: 'bank-2', amount: cny('40000'), on: '2026-11-24' });
    expect(balance(ledger).due.isZero()).toBe(true);
    ledger = issueInvoice(ledger, { id: 'inv-2', kind: 'BALANCE', amount: cny('250000.50'), estimate: v1, on: '2026-12-20' });
    ledger = recordPayment(ledger, { reference: 'bank-3', amount: cny('260000.50'), on: '2026-12-21' });
    expect(balance(ledger)).toMatchObject({ due: cny('-10000'), credit: cny('10000') });
    ledger = recordRefund(ledger, { reference: 'refund-1', amount: cny('10000'), on: '2026-12-22' });
    const final = balance(ledger);
    expect([final.invoiced, final.paid, final.refunded].map((amount) => amount.format())).toEqual(['350,000.50 CNY', '360,000.50 CNY', '10,000.00 CNY']);
    expect(final.due.isZero() && final.credit.isZero()).toBe(true);
    expect(reconciles(ledger)).toBe(true);
  });

  it('records a payment reference once: the same notification again changes nothing', () => {
    const paid = recordPayment(issueInvoice(accepted(), deposit()), { reference: 'bank-1', amount: cny('100000'), on: '2026-11-23' });
    const again = recordPayment(paid, { reference: 'bank-1', amount: cny('100000'), on: '2026-11-24' });
    expect(again).toBe(paid);
    expect(balance(again).due.isZero()).toBe(true);
    expect(issueInvoice(paid, deposit())).toBe(paid);
    const error = refusal(() => recordPayment(paid, { reference: 'bank-1', amount: cny('5'), on: '2026-11-23' }));
    expect([error.code, error.message]).toEqual(['CONFLICT', 'payment bank-1 was already recorded with other details']);
  });

  it('refunds only credit, once per reference', () => {
    let ledger = recordPayment(issueInvoice(accepted(), deposit()), { reference: 'bank-1', amount: cny('100500'), on: '2026-11-23' });
    expect(() => recordRefund(ledger, { reference: 'r-1', amount: cny('501'), on: '2026-11-24' })).toThrow('exceeds the credit of 500.00 CNY');
    ledger = recordRefund(ledger, { reference: 'r-1', amount: cny('500'), on: '2026-11-24' });
    // The repeat is a no-op, not a refusal for lack of credit.
    expect(recordRefund(ledger, { reference: 'r-1', amount: cny('500'), on: '2026-11-24' })).toBe(ledger);
    expect(balance(ledger).due.isZero()).toBe(true);
  });

  it('takes positive amounts in its own currency only', () => {
    const ledger = issueInvoice(accepted(), deposit());
    expect(() => recordPayment(ledger, { reference: 'x', amount: Money.parse('10', 'USD'), on: '2026-11-23' })).toThrow('kept in CNY, not USD');
    expect(() => recordPayment(ledger, { reference: 'x', amount: cny('0'), on: '2026-11-23' })).toThrow('positive');
    expect(() => recordPayment(ledger, { reference: 'x', amount: cny('-1'), on: '2026-11-23' })).toThrow('positive');
  });

  it('ends in the same reconciled state when every notification is delivered twice', () => {
    const steps: ((ledger: Ledger) => Ledger)[] = [
      (ledger) => issueInvoice(ledger, deposit()),
      (ledger) => recordPayment(ledger, { reference: 'bank-1', amount: cny('60000'), on: '2026-11-23' }),
      (ledger) => recordPayment(ledger, { reference: 'bank-2', amount: cny('50000'), on: '2026-11-24' }),
      (ledger) => recordRefund(ledger, { reference: 'r-1', amount: cny('10000'), on: '2026-11-25' }),
    ];
    const once = steps.reduce((ledger, step) => step(ledger), accepted());
    const twice = [...steps, ...steps].reduce((ledger, step) => {
      const next = step(ledger);
      expect(reconciles(next)).toBe(true);
      return next;
    }, accepted());
    expect(twice.entries).toEqual(once.entries);
    expect(balance(twice).due.isZero()).toBe(true);
  });

  it('never invoices more than the high total of the accepted estimate', () => {
    const ledger = acceptEstimate(openLedger('CNY'), {
      version: v1.version,
      inputHash: v1.inputHash,
      acceptedBy: 'user-1',
      acceptedAt: '2026-11-21T09:00:00Z',
      ceiling: cny('150000'),
      illustrative: false,
    });
    const first = issueInvoice(ledger, deposit());
    expect(refusal(() => issueInvoice(first, { ...deposit(v1, 'inv-2'), kind: 'BALANCE', amount: cny('50000.01') }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('more than the accepted estimate'),
    });
    expect(balance(issueInvoice(first, { ...deposit(v1, 'inv-2'), kind: 'BALANCE', amount: cny('50000') })).invoiced).toEqual(cny('150000'));
  });

  it('never invoices an estimate priced from the illustrative list, however accepted', () => {
    const illustrative = estimateCosts({ ...estimateInput, prices: ILLUSTRATIVE_PRICE_LIST });
    expect(illustrative.priceList.illustrative).toBe(true);
    const error = refusal(() => issueInvoice(accepted(illustrative), deposit(illustrative)));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain("the centre's office must set its tariff");
  });

  it('dates what is due by the payment terms', () => {
    expect(invoiceDueOn('DEPOSIT', '2026-12-20')).toBe('2027-01-03');
    expect(invoiceDueOn('BALANCE', '2026-12-20')).toBe('2027-01-19');
  });
});

describe('money received in another currency', () => {
  const rate = { rate: '7.1034', asOf: '2026-11-22', source: 'Bank of China spot' };

  it('counts USD on the CNY ledger at the dated rate, rounding half to even once, and keeps what was received', () => {
    // 12,345.67 USD × 7.1034 = 87,696.232278 CNY → 87,696.23
    const counted = countedAmount('CNY', { amount: '12345.67', currency: 'USD' }, rate, 'payment');
    expect(counted.amount.format()).toBe('87,696.23 CNY');
    expect(counted.received).toEqual({ amount: Money.parse('12345.67', 'USD'), rate: { from: 'USD', to: 'CNY', ...rate } });
    // An exact half goes to the even neighbour: 0.05 USD × 7.1 = 0.355 CNY → 0.36; 0.15 × 7.1 = 1.065 → 1.06.
    expect(countedAmount('CNY', { amount: '0.05', currency: 'USD' }, { ...rate, rate: '7.1' }, 'payment').amount.format()).toBe('0.36 CNY');
    expect(countedAmount('CNY', { amount: '0.15', currency: 'USD' }, { ...rate, rate: '7.1' }, 'payment').amount.format()).toBe('1.06 CNY');
  });

  it('needs no rate in the ledger currency, refuses one given, and refuses a foreign amount without one, naming the field', () => {
    expect(countedAmount('CNY', { amount: '100', currency: 'CNY' }, null, 'payment')).toEqual({ amount: cny('100') });
    expect(refusal(() => countedAmount('CNY', { amount: '100', currency: 'CNY' }, rate, 'payment'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'payment.rate' },
    });
    expect(refusal(() => countedAmount('CNY', { amount: '100', currency: 'USD' }, undefined, 'refund'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'refund.rate' },
    });
    expect(refusal(() => countedAmount('CNY', { amount: '100', currency: 'XXX' }, rate, 'payment'))).toMatchObject({
      details: { field: 'payment.amount.currency' },
    });
  });

  it('reconciles a CNY deposit paid in USD, and a repeat of the same notification changes nothing', () => {
    const usd = countedAmount('CNY', { amount: '14077.76', currency: 'USD' }, rate, 'payment');
    let ledger = issueInvoice(accepted(), deposit());
    ledger = recordPayment(ledger, { reference: 'swift-1', on: '2026-11-23', ...usd });
    expect(balance(ledger).paid.format()).toBe('99,999.96 CNY');
    expect(balance(ledger).due.format()).toBe('0.04 CNY');
    expect(reconciles(ledger)).toBe(true);
    expect(recordPayment(ledger, { reference: 'swift-1', on: '2026-11-24', ...usd })).toBe(ledger);
    // The same reference at another rate is a different payment: a conflict to look into.
    const other = countedAmount('CNY', { amount: '14077.76', currency: 'USD' }, { ...rate, rate: '7.1035' }, 'payment');
    expect(refusal(() => recordPayment(ledger, { reference: 'swift-1', on: '2026-11-23', ...other })).code).toBe('CONFLICT');
  });
});
