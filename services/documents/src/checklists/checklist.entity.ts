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
}
