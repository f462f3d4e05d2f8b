import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InvoiceKind, LedgerEntry } from './ledger.rules';

/**
 * One line of a case's append-only ledger. `key` is the invoice id or the payment provider's
 * reference: unique per type across all cases, so one notification can never count twice, even
 * against two cases.
 */
@Entity({ name: 'ledger_entry' })
@Index('ledger_entry_type_key_key', ['type', 'key'], { unique: true })
@Index('ledger_entry_case_idx', ['caseId'])
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
}
