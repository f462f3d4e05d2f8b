import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { InvoiceIssued, PaymentRecorded, RefundRecorded } from '@carta/contracts';
import { badInput, Currency, dayOf, DomainError, ExchangeRate, isCurrency, Money, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { storePaper } from '@carta/pdf';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { Clock, CLOCK, downloadLink, DownloadLink, idempotent, OBJECT_STORE, ObjectLinks } from '@carta/service-kit';
import { ObjectStore } from '@carta/storage';
import { DataSource, EntityManager } from 'typeorm';
import { BillingAccount } from '../accounts/billing-account.entity';
import { EstimatesService } from '../estimates/estimates.service';
import { Estimate } from '../estimates/estimate.entity';
import { CasePayer } from '../payee/payee.entity';
import { CentreTariff } from '../tariffs/centre-tariff.entity';
import { newInvoiceReference, parseInvoiceReference } from './invoice-reference.rules';
import { invoicePaper } from './invoice.paper';
import { balance, Balance, countedAmount, invoiceDueOn, issueInvoice, Ledger, LedgerEntry, openLedger, recordPayment, recordRefund } from './ledger.rules';
import { LedgerEntryRecord } from './ledger-entry.entity';
import { InvoiceInput, MovementInput } from './ledger.input';

/** The centres' currency: estimates total in it, and the ledger is kept in it. */
const LEDGER_CURRENCY: Currency = 'CNY';

function toMoney(input: InvoiceInput['amount']): Money {
  if (!isCurrency(input.currency)) throw badInput(`amount.currency: ${input.currency} is not a currency Carta handles`, { field: 'amount.currency' });
  return Money.parse(input.amount, input.currency);
}

export interface CaseMoney {
  caseId: string;
  /** The latest timeline revision: an estimate made from an earlier one is outdated. */
  timelineRevision: number | null;
  entries: LedgerEntryRecord[];
  balance: Balance;
}

/** Invoices, payments and refunds on each case's ledger, always reconciled. */
@Injectable()
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly estimates: EstimatesService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly links: ObjectLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Against the current estimate, only once the family has accepted it, and never beyond its high total. */
  /** A repeat with the same idempotency key and input issues nothing and returns the first invoice. */
  invoice(identity: Identity, caseId: string, input: InvoiceInput, idempotencyKey?: string | null): Promise<LedgerEntryRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'issueInvoice', key: idempotencyKey, request: { caseId, input } },
        () => this.issue(manager, identity, caseId, input),
        { idOf: (record) => record.id, replay: (id) => manager.findOneByOrFail(LedgerEntryRecord, { id }) },
      );
    });
  }

  private async issue(manager: EntityManager, identity: Identity, caseId: string, input: InvoiceInput): Promise<LedgerEntryRecord> {
    const account = await this.estimates.lockedAccount(manager, caseId);
    const current = await this.estimates.latest(manager, caseId);
    if (!current) throw new DomainError('CONFLICT', 'no estimate has been prepared: nothing may be invoiced yet');
    const accepted = account.acceptedEstimateId ? await manager.findOneByOrFail(Estimate, { id: account.acceptedEstimateId }) : null;
    const ledger = await this.load(manager, caseId, accepted);
    const id = randomUUID();
    const on = todayOf(this.clock);
    const amount = toMoney(input.amount);
    const next = issueInvoice(ledger, { id, kind: input.kind, amount, estimate: { version: current.version, inputHash: current.inputHash }, on });
    // An invoice is something a family can pay: who is paid, into which account, by whom.
    // One after another: a transaction's connection runs one query at a time.
    const tariff = await manager.findOneBy(CentreTariff, { centreId: account.centreId });
    const payee = await manager.findOneBy(CentreDirectoryEntry, { centreId: account.centreId });
    const payer = await manager.findOneBy(CasePayer, { caseId });
    if (!tariff?.bank)
      throw new DomainError('CONFLICT', `${account.centreId}'s office must enter its bank details with its tariff before anything is invoiced`);
    if (!payee) throw new DomainError('CONFLICT', `${account.centreId}'s profile has not reached billing yet: the invoice could not name its payee`);
    if (!payer) throw new DomainError('CONFLICT', 'the patient has not reached billing from intake yet: the invoice could not name its payer');
    const due = balance(next).due;
    const now = this.clock.now();
    const rate = accepted!.breakdown.rate as ExchangeRate;
    const amountUsd = amount.convert(rate);
    const dueOn = invoiceDueOn(input.kind, on);
    const reference = await this.freshReference(manager, on);
    const paper = invoicePaper({
      reference,
      caseId,
      kind: input.kind,
      amount,
      amountUsd,
      rate,
      issuedOn: on,
      dueOn,
      estimate: { version: current.version, inputHash: current.inputHash, acceptedOn: dayOf(accepted!.acceptedAt!) },
      payer: { name: `${payer.familyName.toUpperCase()} ${payer.givenName}` },
      payee: { name: payee.name, nameZh: payee.nameZh, address: payee.address, email: payee.officeEmail, phone: payee.officePhone },
      bank: tariff.bank,
      dueAfter: due,
      issuedAt: now,
    });
    const { objectKey, sha256 } = await storePaper(this.store, `cases/${caseId}/invoices/${id}/v1`, paper);
    const record = manager.create(LedgerEntryRecord, {
      ...this.recordOf(caseId, next.entries.at(-1)!, identity, now),
      objectKey,
      sha256,
      reference,
      dueOn,
      usdMinor: amountUsd.minor.toString(),
      rate,
    });
    await manager.insert(LedgerEntryRecord, record);
    await this.audit.record(manager, identity, 'invoice.issue', { caseId, targetId: id });
    await this.outbox.append(manager, InvoiceIssued, {
      invoiceId: id,
      caseId,
      kind: input.kind,
      amount: amount.toJSON(),
      estimateVersion: current.version,
      due: due.toJSON(),
      issuedAt: now.toISOString(),
      dueOn,
      reference,
    });
    return record;
  }

  /** The same reference again (a redelivered notification) changes nothing and emits nothing. */
  recordPayment(identity: Identity, caseId: string, payment: MovementInput): Promise<CaseMoney> {
    return this.move(identity, caseId, 'PAYMENT', payment);
  }

  /** Only credit is refunded: more would make the family owe again. */
  recordRefund(identity: Identity, caseId: string, refund: MovementInput): Promise<CaseMoney> {
    return this.move(identity, caseId, 'REFUND', refund);
  }

  read(identity: Identity, caseId: string): Promise<CaseMoney> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanSeeFinances(identity, caseId, manager);
      await this.audit.record(manager, identity, 'billing.read', { caseId });
      return this.caseMoney(manager, caseId);
    });
  }

  async invoiceDownload(identity: Identity, invoiceId: string): Promise<DownloadLink> {
    const record = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(LedgerEntryRecord, { type: 'INVOICE', key: invoiceId });
      if (!found) throw notFound('invoice');
      await this.access.assertCanSeeFinances(identity, found.caseId, manager);
      await this.audit.record(manager, identity, 'invoice.download', { caseId: found.caseId, targetId: invoiceId });
      return found;
    });
    return downloadLink(this.links, record.objectKey!, this.clock, {
      contentType: 'application/pdf',
      fileName: `invoice-${invoiceId}.pdf`,
      sha256: record.sha256 ?? undefined,
    });
  }

  private move(identity: Identity, caseId: string, type: 'PAYMENT' | 'REFUND', input: MovementInput): Promise<CaseMoney> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      await this.estimates.lockedAccount(manager, caseId);
      const elsewhere = await manager.findOneBy(LedgerEntryRecord, { type, key: input.reference });
      if (elsewhere && elsewhere.caseId !== caseId)
        throw new DomainError('CONFLICT', `${type.toLowerCase()} ${input.reference} is already recorded on another case`);
      if (input.on > todayOf(this.clock)) throw new DomainError('BAD_USER_INPUT', 'on: money cannot move in the future', { field: 'on' });
      if (input.rate && input.rate.asOf > todayOf(this.clock))
        throw new DomainError('BAD_USER_INPUT', 'rate.asOf: a rate cannot be dated in the future', { field: 'rate.asOf' });
      const forInvoice = input.invoiceReference ? parseInvoiceReference(input.invoiceReference, 'invoiceReference') : null;
      if (forInvoice && !(await manager.findOneBy(LedgerEntryRecord, { type: 'INVOICE', reference: forInvoice, caseId })))
        throw new DomainError('BAD_USER_INPUT', `invoiceReference: no invoice ${forInvoice} on this case`, { field: 'invoiceReference' });
      const ledger = await this.load(manager, caseId, null);
      const movement = { reference: input.reference, on: input.on, ...countedAmount(LEDGER_CURRENCY, input.amount, input.rate) };
      const next = type === 'PAYMENT' ? recordPayment(ledger, movement) : recordRefund(ledger, movement);
      if (next === ledger) return this.caseMoney(manager, caseId);

      const now = this.clock.now();
      await manager.insert(LedgerEntryRecord, { ...this.recordOf(caseId, next.entries.at(-1)!, identity, now), forInvoice });
      await this.audit.record(manager, identity, type === 'PAYMENT' ? 'payment.record' : 'refund.record', { caseId, targetId: input.reference });
      const data = { caseId, reference: input.reference, amount: movement.amount.toJSON(), due: balance(next).due.toJSON(), recordedAt: now.toISOString() };
      await this.outbox.append(manager, type === 'PAYMENT' ? PaymentRecorded : RefundRecorded, data);
      return this.caseMoney(manager, caseId);
    });
  }

  /** The case's ledger as the plain value the rules work on. */
  private async load(manager: EntityManager, caseId: string, accepted: Estimate | null): Promise<Ledger> {
    const records = await manager.find(LedgerEntryRecord, { where: { caseId }, order: { recordedAt: 'ASC' } });
    const acceptance = accepted && {
      version: accepted.version,
      inputHash: accepted.inputHash,
      acceptedBy: accepted.acceptedBy!,
      acceptedAt: accepted.acceptedAt!.toISOString(),
      ceiling: Money.fromJSON(accepted.breakdown.total.high),
      illustrative: accepted.breakdown.priceList.illustrative,
    };
    return { ...openLedger(LEDGER_CURRENCY), acceptance, entries: records.map(entryOf) };
  }

  private async caseMoney(manager: EntityManager, caseId: string): Promise<CaseMoney> {
    const entries = await manager.find(LedgerEntryRecord, { where: { caseId }, order: { recordedAt: 'ASC' } });
    const account = await manager.findOneBy(BillingAccount, { caseId });
    return {
      caseId,
      timelineRevision: account?.timelineRevision ?? null,
      entries,
      balance: balance({ ...openLedger(LEDGER_CURRENCY), entries: entries.map(entryOf) }),
    };
  }

  private recordOf(caseId: string, entry: LedgerEntry, identity: Identity, now: Date): Partial<LedgerEntryRecord> {
    return {
      id: randomUUID(),
      caseId,
      type: entry.type,
      key: entry.type === 'INVOICE' ? entry.id : entry.reference,
      kind: entry.type === 'INVOICE' ? entry.kind : null,
      amountMinor: entry.amount.minor.toString(),
      currency: entry.amount.currency,
      estimateVersion: entry.type === 'INVOICE' ? entry.estimate.version : null,
      estimateHash: entry.type === 'INVOICE' ? entry.estimate.inputHash : null,
      on: entry.on,
      recordedAt: now,
      recordedBy: identity.subject,
      objectKey: null,
      sha256: null,
      reference: null,
      dueOn: null,
      usdMinor: null,
      rate: entry.type === 'INVOICE' ? null : (entry.received?.rate ?? null),
      receivedMinor: entry.type === 'INVOICE' ? null : (entry.received?.amount.minor.toString() ?? null),
      receivedCurrency: entry.type === 'INVOICE' ? null : (entry.received?.amount.currency ?? null),
      forInvoice: null,
    };
  }

  /** A reference no invoice has yet: the unique index is the guarantee, this check keeps a collision from failing the issue. */
  private async freshReference(manager: EntityManager, on: string): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const reference = newInvoiceReference(on);
      if (!(await manager.existsBy(LedgerEntryRecord, { reference }))) return reference;
    }
    throw new Error('no free invoice reference after 8 draws');
  }
}

function entryOf(record: LedgerEntryRecord): LedgerEntry {
  const amount = Money.fromJSON({ minor: record.amountMinor, currency: record.currency });
  if (record.type === 'INVOICE')
    return {
      type: 'INVOICE',
      id: record.key,
      kind: record.kind!,
      amount,
      estimate: { version: record.estimateVersion!, inputHash: record.estimateHash! },
      on: record.on,
    };
  const received =
    record.receivedMinor && record.rate
      ? { amount: Money.fromJSON({ minor: record.receivedMinor, currency: record.receivedCurrency! }), rate: record.rate }
      : undefined;
  return { type: record.type, reference: record.key, amount, on: record.on, ...(received ? { received } : {}) };
}
