import { CriterionLine } from '@carta/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Someone's judgement of a manual criterion (registry text the language cannot check) for one case
 * and trial, citing a document of the case. Kept with the criteria version it was made against and
 * the line as it then read: when that line changes it no longer counts, and the criterion is UNKNOWN again.
 */
@Entity({ name: 'criterion_assessment' })
@Index('criterion_assessment_case_trial_idx', ['caseId', 'trialId'])
export class CriterionAssessment {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  trialId: string;

  @Column({ type: 'text' })
  criterionId: string;

  @Column({ type: 'int' })
  criteriaVersion: number;

  /** The line assessed (kind, text, appliesWhen, rule); null for assessments made before it was kept. */
  @Column({ type: 'jsonb', nullable: true })
  criterion: CriterionLine | null;

  @Column({ type: 'text' })
  status: 'MET' | 'NOT_MET';

  @Column({ type: 'uuid' })
  sourceDocumentId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text' })
  assessedBy: string;

  @Column({ type: 'timestamptz' })
  assessedAt: Date;
}
