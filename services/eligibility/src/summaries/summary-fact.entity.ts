import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SummaryFact } from './summary-domain.rules';

/**
 * One fact of a case's oncology summary, as recorded. Facts are never edited or deleted: a
 * correction is a new row superseding the old one (same kind, version + 1), a retraction marks the
 * row; the summary is assembled from the rows that are neither superseded nor retracted.
 */
@Entity({ name: 'summary_fact' })
@Index('summary_fact_case_idx', ['caseId'])
// One correction per fact: a second correction of the same row would fork its history.
@Index('summary_fact_supersedes_key', ['supersedesFactId'], { unique: true })
// A FHIR resource is imported once per case (NULLs, typed facts, never collide).
@Index('summary_fact_source_reference_key', ['caseId', 'sourceReference'], { unique: true })
export class SummaryFactRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  kind: string;

  /** The fact as parsed and standardised by the domain (parseSummaryFact). */
  @Column({ type: 'jsonb' })
  payload: SummaryFact;

  @Column({ type: 'date' })
  observedOn: string;

  @Column({ type: 'uuid' })
  sourceDocumentId: string;

  /** The FHIR resource an imported fact came from (`<identifier.system>|<value>` or `<type>/<id>`); null for a typed fact. */
  @Column({ type: 'text', nullable: true })
  sourceReference: string | null;

  /** 1 for a new fact, the superseded row's version + 1 for a correction. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  supersedesFactId: string | null;

  @Column({ type: 'text' })
  recordedBy: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  /** Why the correction was made (null for a new fact). */
  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  retractedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  retractedBy: string | null;

  @Column({ type: 'text', nullable: true })
  retractionReason: string | null;
}
