import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditOutcome, AuditPurpose } from './audit-catalogue';

const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * Who did (or was refused) what to which case's data, why, and when: one row per read or write of
 * patient data and per refusal. Append-only (a trigger refuses UPDATE and DELETE) and hash-chained
 * per service in `seq` order (see audit-chain.ts).
 */
@Entity({ name: 'audit_record' })
@Index('audit_record_case_idx', ['caseId', 'at'])
@Index('audit_record_seq_idx', ['seq'], { unique: true })
export class AuditRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Position in this service's chain, from 1. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  seq: number;

  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text', nullable: true })
  centreId: string | null;

  /** From the closed catalogue (AuditAction), e.g. `case.read`, `document.download`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ type: 'text' })
  purpose: AuditPurpose;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  /** What kind of object `targetId` names (`document-version`, `consent`…), from the catalogue. */
  @Column({ type: 'text', nullable: true })
  targetType: string | null;

  /** The object acted on, when it is not the case itself (a document version, a consent…). */
  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text' })
  previousHash: string;

  /** sha256(previousHash + canonical JSON of the fields above). */
  @Column({ type: 'text' })
  hash: string;
}
