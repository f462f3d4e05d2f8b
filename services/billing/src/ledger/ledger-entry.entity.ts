import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ExchangeRate } from '@carta/domain';
import { InvoiceKind, LedgerEntry } from './ledger.rules';

const bigintText = { to: (value: string | null) => value, from: (value: string | bigint | null) => (value === null ? null : String(value)) };

/**
 * One line of a case's append-only ledger. `key` is the invoice id or the payment provider's
 * reference: unique per type across all cases, so one notification can never count twice, even
 * against two cases.
 */
@Entity({ name: 'ledger_entry' })
@Index('ledger_entry_type_key_key', ['type', 'key'], { unique: true })
@Index('ledger_entry_case_idx', ['caseId'])
@Index('ledger_entry_reference_key', ['reference'], { unique: true, where: '"reference" IS NOT NULL' })
export class LedgerEntryRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  type: LedgerEntry['type'];

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text', nullable: true })
  kind: InvoiceKind | null;

  /** Minor units, read back as a decimal string whatever the driver returns (pg: string, PGlite: bigint). */
  @Column({ type: 'bigint', transformer: { to: (value: string) => value, from: (value: string | bigint) => String(value) } })
  amountMinor: string;

  @Column({ type: 'text' })
  currency: string;

  @Column({ type: 'int', nullable: true })
  estimateVersion: number | null;

  @Column({ type: 'text', nullable: true })
  estimateHash: string | null;

  /** The day on the invoice, or the day the money moved. */
  @Column({ type: 'date' })
  on: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'text' })
  recordedBy: string;

  /** An invoice's stored PDF. */
  @Column({ type: 'text', nullable: true })
  objectKey: string | null;

  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  /** An invoice's short payment reference (INV-26-7K3F9Q); null on invoices issued before references existed. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** The day an invoice is due, by the payment terms. */
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  /** An invoice's amount in USD at its estimate's dated rate, in minor units. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintText })
  usdMinor: string | null;

  /** An invoice's: the estimate's USD → CNY rate; a movement's: the rate what was received was counted at. */
  @Column({ type: 'jsonb', nullable: true })
  rate: ExchangeRate | null;

  /** Money received in another currency than the ledger's: the amount as received, in minor units. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintText })
  receivedMinor: string | null;

  @Column({ type: 'text', nullable: true })
  receivedCurrency: string | null;

  /** The invoice reference a payment quoted. */
  @Column({ type: 'text', nullable: true })
  forInvoice: string | null;
}
