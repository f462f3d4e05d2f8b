import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { FundingModel, LineItem } from './cost-estimate.rules';

/** Money as stored and sent: exact minor units as a decimal string, and the currency. */
export interface StoredMoney {
  minor: string;
  currency: string;
}

/** A CostEstimate as JSON (Money serialises itself as StoredMoney). */
export interface StoredEstimate {
  fundingModel: FundingModel;
  priceList: { label: string; asOf: string; illustrative: boolean };
  lines: { item: LineItem; low: StoredMoney; high: StoredMoney; basis: string }[];
  total: { low: StoredMoney; high: StoredMoney };
  totalUsd: { low: StoredMoney; high: StoredMoney };
  rate: { from: string; to: string; rate: string; asOf: string; source: string };
  rounding: string;
}

/** One version of a case's cost estimate; a version is never changed, only accepted or superseded. */
@Entity({ name: 'estimate' })
@Index('estimate_case_version_key', ['caseId', 'version'], { unique: true })
export class Estimate {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'int' })
  version: number;

  /** SHA-256 of everything the estimate was made from: acceptance and invoices name it. */
  @Column({ type: 'text' })
  inputHash: string;

  @Column({ type: 'jsonb' })
  breakdown: StoredEstimate;

  @Column({ type: 'int' })
  timelineRevision: number;

  @Column({ type: 'boolean' })
  familyStaysDuringManufacturing: boolean;

  @Column({ type: 'timestamptz' })
  preparedAt: Date;

  @Column({ type: 'text' })
  preparedBy: string;

  @Column({ type: 'text' })
  objectKey: string;

  @Column({ type: 'text' })
  sha256: string;

  /** Who in the family accepted it, as they signed; stays in billing, never in an event. */
  @Column({ type: 'text', nullable: true })
  acceptedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  /** The staff member who recorded the acceptance. */
  @Column({ type: 'text', nullable: true })
  acceptanceRecordedBy: string | null;
}
