import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { Money } from '@carta/domain';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { StoredMoney } from '../estimates/estimate.entity';
import { estimateOf } from '../estimates/estimates.resolver';
import { EstimatesService } from '../estimates/estimates.service';
import { LedgerEntryRecord } from './ledger-entry.entity';
import { parseInvoice, parseMovement } from './ledger.input';
import { CaseMoney, LedgerService } from './ledger.service';
import type { IssueInvoiceInput, MoneyMovementInput } from '../generated/graphql';

const stored = (record: LedgerEntryRecord): StoredMoney => ({ minor: record.amountMinor, currency: record.currency });
const movements = (money: CaseMoney, type: 'PAYMENT' | 'REFUND') =>
  money.entries
    .filter((entry) => entry.type === type)
    .map((entry) => ({
      reference: entry.key,
      amount: stored(entry),
      received: entry.receivedMinor ? { minor: entry.receivedMinor, currency: entry.receivedCurrency! } : null,
      rate: entry.rate,
      invoiceReference: entry.forInvoice,
      on: entry.on,
      recordedAt: entry.recordedAt.toISOString(),
    }));

const invoiceOf = (entry: LedgerEntryRecord) => ({
  id: entry.key,
  reference: entry.reference,
  kind: entry.kind,
  amount: stored(entry),
  amountUsd: entry.usdMinor ? { minor: entry.usdMinor, currency: 'USD' } : null,
  rate: entry.rate,
  dueOn: entry.dueOn,
  estimateVersion: entry.estimateVersion,
  issuedOn: entry.on,
  sha256: entry.sha256,
});

/** A case's money as one object: estimates, ledger and the balance that reconciles them. */
@Resolver('Case')
export class CaseBillingResolver {
  constructor(private readonly ledger: LedgerService) {}

  /** Only a reference: `billing` checks access before returning anything, and a refusal nulls `billing` alone (it is nullable). */
  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveReference()
  resolveReference(reference: { id: string }): { id: string } {
    return { id: parseUuid(reference.id, 'id') };
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('billing')
  billing(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<CaseMoney> {
    return this.ledger.read(identity, kase.id);
  }
}

@Resolver('CaseBilling')
export class BillingResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly estimateVersions: EstimatesService,
  ) {}

  @Roles('coordinator', 'admin')
  @Mutation('issueInvoice')
  async issueInvoice(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('input') input: IssueInvoiceInput,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ) {
    return invoiceOf(await this.ledger.invoice(identity, parseUuid(caseId, 'caseId'), parseInvoice(input), idempotencyKey));
  }

  @Roles('coordinator', 'admin')
  @Mutation('recordPayment')
  pay(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('payment') payment: MoneyMovementInput): Promise<CaseMoney> {
    return this.ledger.recordPayment(identity, parseUuid(caseId, 'caseId'), parseMovement(payment));
  }

  @Roles('coordinator', 'admin')
  @Mutation('recordRefund')
  refund(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('refund') refund: MoneyMovementInput): Promise<CaseMoney> {
    return this.ledger.recordRefund(identity, parseUuid(caseId, 'caseId'), parseMovement(refund));
  }

  /** The money was read (and audited) with the parent: these fields only shape it. */
  @ResolveField('estimates')
  async estimates(@Parent() money: CaseMoney) {
    return (await this.estimateVersions.versionsOf(money.caseId)).map(estimateOf);
  }

  @ResolveField('currentEstimate')
  async current(@Parent() money: CaseMoney) {
    const estimate = await this.estimateVersions.currentOf(money.caseId);
    return estimate && estimateOf(estimate);
  }

  @ResolveField('invoices')
  invoices(@Parent() money: CaseMoney) {
    return money.entries.filter((entry) => entry.type === 'INVOICE').map(invoiceOf);
  }

  @ResolveField('payments')
  payments(@Parent() money: CaseMoney) {
    return movements(money, 'PAYMENT');
  }

  @ResolveField('refunds')
  refunds(@Parent() money: CaseMoney) {
    return movements(money, 'REFUND');
  }

  @ResolveField('balance')
  balance(@Parent() money: CaseMoney): Record<string, StoredMoney> {
    return Object.fromEntries(Object.entries(money.balance).map(([name, amount]) => [name, (amount as Money).toJSON()]));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('invoiceDownload')
  invoiceDownload(@CurrentIdentity() identity: Identity, @Args('invoiceId') invoiceId: string) {
    return this.ledger.invoiceDownload(identity, parseUuid(invoiceId, 'invoiceId'));
  }
}

/** Every amount leaves as exact minor units; the decimal and the formatted text are derived from them. */
@Resolver('Money')
export class MoneyResolver {
  @ResolveField('amount')
  amount(@Parent() money: StoredMoney): string {
    return Money.fromJSON(money).toDecimal();
  }

  @ResolveField('formatted')
  formatted(@Parent() money: StoredMoney): string {
    return Money.fromJSON(money).format();
  }
}
