import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { InvoiceIssued, PaymentRecorded, RefundRecorded } from '@carta/contracts';
import { badInput, Currency, dayOf, DomainError, isCurrency, Money, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { storePaper } from '@carta/pdf';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, downloadLink, DownloadLink, OBJECT_STORE, ObjectLinks } from '@carta/service-kit';
import { ObjectStore } from '@carta/storage';
import { DataSource, EntityManager } from 'typeorm';
import { BillingAccount } from '../accounts/billing-account.entity';
import { EstimatesService } from '../estimates/estimates.service';
import { Estimate } from '../estimates/estimate.entity';
import { invoicePaper } from './invoice.paper';
import { balance, Balance, issueInvoice, Ledger, LedgerEntry, openLedger, recordPayment, recordRefund } from './ledger.rules';
import { LedgerEntryRecord } from './ledger-entry.entity';
import { InvoiceInput, MoneyInput, MovementInput } from './ledger.input';

/** The centres' currency: estimates total in it, and the ledger is kept in it. */
const LEDGER_CURRENCY: Currency = 'CNY';

function toMoney(input: MoneyInput): Money {
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
  invoice(identity: Identity, caseId: string, input: InvoiceInput): Promise<LedgerEntryRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      const account = await this.estimates.lockedAccount(manager, caseId);
      const current = await this.estimates.latest(manager, caseId);
      if (!current) throw new DomainError('CONFLICT', 'no estimate has been prepared: nothing may be invoiced yet');
      const accepted = account.acceptedEstimateId ? await manager.findOneByOrFail(Estimate, { id: account.acceptedEstimateId }) : null;
      const ledger = await this.load(manager, caseId, accepted);
      const id = randomUUID();
      const on = todayOf(this.clock);
      const amount = toMoney(input.amount);
      const next = issueInvoice(ledger, { id, kind: input.kind, amount, estimate: { version: current.version, inputHash: current.inputHash }, on });
      const due = balance(next).due;
      const now = this.clock.now();
      const paper = invoicePaper({
        invoiceId: id,
        caseId,
        centreId: account.centreId,
        kind: input.kind,
        amount,
        issuedOn: on,
        estimate: { version: current.version, inputHash: current.inputHash, acceptedOn: dayOf(accepted!.acceptedAt!) },
        dueAfter: due,
        issuedAt: now,
      });
      const { objectKey, sha256 } = await storePaper(this.store, `cases/${caseId}/invoices/${id}/v1`, paper);
      const record = manager.create(LedgerEntryRecord, { ...this.recordOf(caseId, next.entries.at(-1)!, identity, now), objectKey, sha256 });
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
      });
      return record;
    });
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
      const ledger = await this.load(manager, caseId, null);
      const movement = { reference: input.reference, amount: toMoney(input.amount), on: input.on };
      const next = type === 'PAYMENT' ? recordPayment(ledger, movement) : recordRefund(ledger, movement);
      if (next === ledger) return this.caseMoney(manager, caseId);

      const now = this.clock.now();
      await manager.insert(LedgerEntryRecord, this.recordOf(caseId, next.entries.at(-1)!, identity, now));
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
    };
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
  return { type: record.type, reference: record.key, amount, on: record.on };
}
