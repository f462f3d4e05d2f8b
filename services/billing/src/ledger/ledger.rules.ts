import { addDays, badInput, Currency, DomainError, ExchangeRate, isCurrency, Money } from '@carta/domain';

/**
 * A case's money as an append-only ledger, kept as a plain value: each operation returns the next
 * ledger, or the same one when it changes nothing. Invoices are issued only against the estimate
 * version the family accepted (docs/domain.md: the breakdown is accepted before any financial
 * commitment). Payments and refunds carry the payment provider's reference, so a notification
 * delivered twice is recorded once. The balance always reconciles:
 * invoiced − paid + refunded = due (negative due: a credit to the family).
 */
export type InvoiceKind = 'DEPOSIT' | 'BALANCE';

/** The estimate an invoice is for: its version and the fingerprint of what it was made from. */
export interface EstimateRef {
  version: number;
  inputHash: string;
}

export interface Acceptance extends EstimateRef {
  acceptedBy: string;
  acceptedAt: string;
  /** The accepted estimate's high total: what was accepted is all that may be invoiced. */
  ceiling?: Money;
  /** Priced from the illustrative list: an orientation the family may accept, never a bill (docs/domain.md, "Money"). */
  illustrative: boolean;
}

/** Money received in another currency than the ledger's, and the dated rate it was counted at. */
export interface Received {
  amount: Money;
  rate: ExchangeRate;
}

export type LedgerEntry =
  | { type: 'INVOICE'; id: string; kind: InvoiceKind; amount: Money; estimate: EstimateRef; on: string }
  | { type: 'PAYMENT'; reference: string; amount: Money; on: string; received?: Received }
  | { type: 'REFUND'; reference: string; amount: Money; on: string; received?: Received };

export type Movement = { reference: string; amount: Money; on: string; received?: Received };

/** Payment terms (docs/domain.md, "Money"): a deposit within 14 days of issue, the balance within 30. */
export const PAYMENT_TERMS_DAYS: Record<InvoiceKind, number> = { DEPOSIT: 14, BALANCE: 30 };

export const invoiceDueOn = (kind: InvoiceKind, issuedOn: string): string => addDays(issuedOn, PAYMENT_TERMS_DAYS[kind]);

/**
 * What money received in `amount` counts for on a ledger kept in `ledgerCurrency`. In the ledger's
 * own currency it needs no rate (one given is refused: it would be kept and mean nothing);
 * otherwise it needs a dated rate, 1 unit of the paid currency = `rate` units of the ledger's, and
 * is converted once, exactly, half to even to the minor unit (Money.convert). Refusals name the field
 * under `prefix` (none: the movement input's own fields, as parseInput names them).
 */
export function countedAmount(
  ledgerCurrency: Currency,
  paid: { amount: string; currency: string },
  rate: { rate: string; asOf: string; source: string } | null | undefined,
  prefix = '',
): { amount: Money; received?: Received } {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  if (!isCurrency(paid.currency))
    throw badInput(`${at('amount.currency')}: ${paid.currency} is not a currency Carta handles`, { field: at('amount.currency') });
  const amount = Money.parse(paid.amount, paid.currency);
  if (paid.currency === ledgerCurrency) {
    if (rate) throw badInput(`${at('rate')}: money in ${ledgerCurrency}, the ledger's currency, takes no rate`, { field: at('rate') });
    return { amount };
  }
  if (!rate)
    throw badInput(
      `${at('rate')}: ${paid.currency} counts on a ${ledgerCurrency} ledger only at a dated rate (units of ${ledgerCurrency} for 1 ${paid.currency})`,
      {
        field: at('rate'),
      },
    );
  const exchange: ExchangeRate = { from: paid.currency, to: ledgerCurrency, rate: rate.rate, asOf: rate.asOf, source: rate.source };
  return { amount: amount.convert(exchange), received: { amount, rate: exchange } };
}

export interface Ledger {
  currency: Currency;
  /** The latest acceptance: a new estimate version supersedes the one accepted before it. */
  acceptance: Acceptance | null;
  entries: readonly LedgerEntry[];
}

export interface Balance {
  invoiced: Money;
  paid: Money;
  refunded: Money;
  /** invoiced − paid + refunded. */
  due: Money;
  /** What the family has overpaid and may have refunded (zero unless due is negative). */
  credit: Money;
}

export function openLedger(currency: Currency): Ledger {
  return { currency, acceptance: null, entries: [] };
}

/** The family accepts one specific estimate version; a changed estimate needs its own acceptance. */
export function acceptEstimate(ledger: Ledger, acceptance: Acceptance): Ledger {
  return { ...ledger, acceptance };
}

export function issueInvoice(ledger: Ledger, invoice: { id: string; kind: InvoiceKind; amount: Money; estimate: EstimateRef; on: string }): Ledger {
  const entry: LedgerEntry = { type: 'INVOICE', ...invoice };
  // A repeat is judged as a repeat, even if another version has been accepted since.
  if (findSame(ledger, entry)) return append(ledger, entry);
  const { acceptance } = ledger;
  if (!acceptance)
    throw new DomainError('CONFLICT', 'no estimate has been accepted: nothing may be invoiced yet', { estimateVersion: invoice.estimate.version });
  if (acceptance.version !== invoice.estimate.version || acceptance.inputHash !== invoice.estimate.inputHash) {
    throw new DomainError('CONFLICT', `estimate version ${invoice.estimate.version} is not the accepted one (accepted: version ${acceptance.version})`, {
      estimateVersion: invoice.estimate.version,
      acceptedVersion: acceptance.version,
    });
  }
  if (acceptance.illustrative)
    throw new DomainError(
      'CONFLICT',
      `estimate version ${acceptance.version} is priced from the illustrative list: the centre's office must set its tariff, and the family accept an estimate priced from it, before anything is invoiced`,
      { estimateVersion: acceptance.version },
    );
  const invoiced = balance(ledger).invoiced.plus(invoice.amount);
  if (acceptance.ceiling && invoiced.compare(acceptance.ceiling) > 0) {
    throw new DomainError(
      'CONFLICT',
      `invoices would total ${invoiced.format()}, more than the accepted estimate's ${acceptance.ceiling.format()}: a higher cost needs a new estimate and its acceptance`,
    );
  }
  return append(ledger, entry);
}

/** Partial payments and overpayments are both fine: the balance shows what is due or in credit. */
export function recordPayment(ledger: Ledger, payment: Movement): Ledger {
  return append(ledger, { type: 'PAYMENT', ...payment });
}

/** Returns credit to the family; more than the credit would make them owe again, so it is refused. */
export function recordRefund(ledger: Ledger, refund: Movement): Ledger {
  const entry: LedgerEntry = { type: 'REFUND', ...refund };
  // A repeat is judged as a repeat: the credit it used is already gone.
  if (findSame(ledger, entry)) return append(ledger, entry);
  const { credit } = balance(ledger);
  if (refund.amount.compare(credit) > 0) throw new DomainError('CONFLICT', `a refund of ${refund.amount.format()} exceeds the credit of ${credit.format()}`);
  return append(ledger, entry);
}

export function balance(ledger: Ledger): Balance {
  const sum = (type: LedgerEntry['type']) =>
    ledger.entries.filter((entry) => entry.type === type).reduce((total, entry) => total.plus(entry.amount), Money.zero(ledger.currency));
  const invoiced = sum('INVOICE');
  const paid = sum('PAYMENT');
  const refunded = sum('REFUND');
  const due = invoiced.minus(paid).plus(refunded);
  return { invoiced, paid, refunded, due, credit: due.isNegative() ? due.negated() : Money.zero(ledger.currency) };
}

const keyOf = (entry: LedgerEntry) => (entry.type === 'INVOICE' ? entry.id : entry.reference);

function findSame(ledger: Ledger, entry: LedgerEntry): LedgerEntry | undefined {
  return ledger.entries.find((existing) => existing.type === entry.type && keyOf(existing) === keyOf(entry));
}

/**
 * Appends once per id or reference: the same entry again is a no-op (the ledger is returned as it
 * was), the same reference with different content is a conflict to investigate, never a second entry.
 */
function append(ledger: Ledger, entry: LedgerEntry): Ledger {
  if (entry.amount.currency !== ledger.currency)
    throw new DomainError('BAD_USER_INPUT', `this ledger is kept in ${ledger.currency}, not ${entry.amount.currency}`);
  if (entry.amount.isNegative() || entry.amount.isZero()) throw new DomainError('BAD_USER_INPUT', 'ledger amounts are positive');
  const existing = findSame(ledger, entry);
  if (existing) {
    if (sameEntry(existing, entry)) return ledger;
    throw new DomainError('CONFLICT', `${entry.type.toLowerCase()} ${keyOf(entry)} was already recorded with other details`, {
      type: entry.type,
      key: keyOf(entry),
    });
  }
  return { ...ledger, entries: [...ledger.entries, entry] };
}

/** The amount (and for an invoice its kind and estimate, for a movement what was received) decide; a redelivered notice may carry another date. */
function sameEntry(a: LedgerEntry, b: LedgerEntry): boolean {
  const sameInvoice =
    a.type !== 'INVOICE' ||
    (b.type === 'INVOICE' && a.kind === b.kind && a.estimate.version === b.estimate.version && a.estimate.inputHash === b.estimate.inputHash);
  const received = (entry: LedgerEntry) => (entry.type === 'INVOICE' ? undefined : entry.received);
  const [ra, rb] = [received(a), received(b)];
  const sameReceived = ra === rb || (!!ra && !!rb && ra.amount.equals(rb.amount) && ra.rate.rate === rb.rate.rate && ra.rate.asOf === rb.rate.asOf);
  return a.amount.equals(b.amount) && sameInvoice && sameReceived;
}
