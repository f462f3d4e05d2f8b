import { Currency, Money } from '@carta/domain';

export type InvoiceKind = 'DEPOSIT' | 'BALANCE';

export interface Acceptance {
  estimateVersion: number;
  inputHash: string;
  acceptedBy: string;
  acceptedAt: string;
}

export type Entry =
  | { type: 'INVOICE'; id: string; kind: InvoiceKind; amount: Money; estimateVersion: number; at: string }
  | { type: 'PAYMENT'; reference: string; amount: Money; at: string }
  | { type: 'REFUND'; reference: string; amount: Money; at: string };

export class LedgerRefusal extends Error {}

/**
 * A case's money, as an append-only ledger: invoices only against the estimate version the family
 * accepted, payments keyed by their external reference (the same one twice changes nothing), refunds.
 * The balance always equals invoiced − paid + refunded; a negative balance is a credit.
 */
export class Ledger {
  private readonly entries: Entry[] = [];
  private acceptance?: Acceptance;

  constructor(readonly currency: Currency) {}

  /** The family accepts one specific estimate version; a changed estimate needs a new acceptance. */
  accept(acceptance: Acceptance): void {
    this.acceptance = acceptance;
  }

  invoice(id: string, kind: InvoiceKind, amount: Money, estimate: { version: number; inputHash: string }, at: string): Entry {
    if (!this.acceptance) throw new LedgerRefusal('no estimate has been accepted: nothing may be invoiced yet');
    if (this.acceptance.estimateVersion !== estimate.version || this.acceptance.inputHash !== estimate.inputHash) {
      throw new LedgerRefusal(`estimate version ${estimate.version} has not been accepted (accepted: version ${this.acceptance.estimateVersion})`);
    }
    this.positive(amount);
    const entry: Entry = { type: 'INVOICE', id, kind, amount, estimateVersion: estimate.version, at };
    this.entries.push(entry);
    return entry;
  }

  /** Idempotent by reference: a duplicate notification of the same payment is ignored. */
  recordPayment(reference: string, amount: Money, at: string): { recorded: boolean } {
    this.positive(amount);
    const existing = this.entries.find((entry) => entry.type === 'PAYMENT' && entry.reference === reference);
    if (existing) {
      if (existing.amount.compare(amount) !== 0) throw new LedgerRefusal(`payment ${reference} was already recorded with another amount`);
      return { recorded: false };
    }
    this.entries.push({ type: 'PAYMENT', reference, amount, at });
    return { recorded: true };
  }

  refund(reference: string, amount: Money, at: string): void {
    this.positive(amount);
    if (amount.compare(this.credit()) > 0) throw new LedgerRefusal(`a refund cannot exceed the credit of ${this.credit().format()}`);
    if (this.entries.some((entry) => entry.type === 'REFUND' && entry.reference === reference)) return;
    this.entries.push({ type: 'REFUND', reference, amount, at });
  }

  /** What the family still owes (negative: what it has overpaid). */
  balance(): Money {
    return this.entries.reduce((sum, entry) => (entry.type === 'PAYMENT' ? sum.minus(entry.amount) : sum.plus(entry.amount)), Money.zero(this.currency));
  }

  credit(): Money {
    const balance = this.balance();
    return balance.compare(Money.zero(this.currency)) < 0 ? Money.zero(this.currency).minus(balance) : Money.zero(this.currency);
  }

  history(): readonly Entry[] {
    return this.entries;
  }

  private positive(amount: Money): void {
    if (amount.currency !== this.currency) throw new LedgerRefusal(`this ledger is in ${this.currency}`);
    if (amount.compare(Money.zero(this.currency)) <= 0) throw new LedgerRefusal('amounts must be positive');
  }
}
