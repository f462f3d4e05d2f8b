import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The cases eligibility knows, from intake's CaseOpened: a summary is written only for a case that
 * exists, and its diagnosis is checked against the case's.
 */
@Entity({ name: 'case_record' })
export class CaseRecord {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  /** ICD-10 of the diagnosis the case was opened for. */
  @Column({ type: 'text' })
  diagnosisIcd10: string;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  /** YYYY-MM recorded at intake (never the day): age is derived from it, never typed. Null for cases opened before intake sent it. */
  @Column({ type: 'text', nullable: true })
  birthYearMonth: string | null;
}

/**
 * The case's documents as documents announces them (DocumentVerified / DocumentDeleted): a fact or an
 * assessment may cite only a verified, not deleted document of its own case, and explanations name
 * it by kind and date rather than by id.
 */
@Entity({ name: 'document_record' })
@Index('document_record_case_idx', ['caseId'])
export class DocumentRecord {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  /** The newest verified version. */
  @Column({ type: 'uuid', nullable: true })
  versionId: string | null;

  @Column({ type: 'int', nullable: true })
  version: number | null;

  @Column({ type: 'text' })
  kind: string;

  /** The day the record itself is from (a lab's draw, a report's date), when documents knows it. */
  @Column({ type: 'date', nullable: true })
  recordDate: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
