import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One referral's PI review as eligibility reports it (submitted, decided, overdue): what the case
 * list shows and filters on. A local projection: intake never asks eligibility.
 */
@Entity({ name: 'case_review' })
@Index('case_review_case_idx', ['caseId'])
export class CaseReview {
  @PrimaryColumn({ type: 'uuid' })
  referralId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  centreId: string;

  /** The day the PI's answer is due (the same rule eligibility applies; its overdue notice corrects it). */
  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  overdueNoticedAt: Date | null;
}

/** The case's checklist as documents last evaluated it. */
@Entity({ name: 'case_checklist' })
export class CaseChecklist {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  completeness: string;

  /** Record kinds whose latest verified record is too old. */
  @Column({ type: 'text', array: true })
  stale: string[];

  @Column({ type: 'timestamptz' })
  evaluatedAt: Date;
}
