import { RecordKind } from '@carta/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Completeness, RecordStatus } from './checklist-evaluation.rules';

@Entity({ name: 'checklist' })
@Index('checklist_next_review_idx', ['nextReviewOn'])
export class Checklist {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  completeness: Completeness;

  @Column({ type: 'timestamptz' })
  evaluatedAt: Date;

  /** When a record will turn stale: the sweep re-evaluates the checklist that day, untouched by anyone. */
  @Column({ type: 'date', nullable: true })
  nextReviewOn: string | null;
}

@Entity({ name: 'checklist_item' })
export class ChecklistItem {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  kind: RecordKind;

  @Column({ type: 'text' })
  status: RecordStatus;

  @Column({ type: 'uuid', nullable: true })
  versionId: string | null;

  @Column({ type: 'date', nullable: true })
  recordDate: string | null;

  @Column({ type: 'date', nullable: true })
  staleOn: string | null;

  /** Whether sites need this kind for this case (its profile); rows from before profiles default to required. */
  @Column({ type: 'boolean', default: true })
  required: boolean;

  @Column({ type: 'text', nullable: true })
  requirementReason: string | null;
}

/** What documents knows of a case's clinical profile (CaseOpened, CaseProfileChanged): the checklist follows it. */
@Entity({ name: 'case_profile' })
export class CaseProfileRecord {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  icd10: string;

  /** null: not known yet. */
  @Column({ type: 'boolean', nullable: true })
  priorCellularTherapy: boolean | null;

  /** When intake stated this profile: an older statement arriving late changes nothing. */
  @Column({ type: 'timestamptz' })
  statedAt: Date;
}

/** A coordinator's note that a record kind does not apply to this case, with why; the checklist neither ages nor counts it. */
@Entity({ name: 'checklist_not_applicable' })
export class ChecklistNotApplicable {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  kind: RecordKind;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  markedBy: string;

  @Column({ type: 'timestamptz' })
  markedAt: Date;
}
