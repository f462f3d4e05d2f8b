import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ReferralStatus = 'AWAITING_DECISION' | 'ACCEPTED' | 'DECLINED' | 'MORE_INFORMATION_REQUESTED';

/** A case submitted to a trial at a centre, and the PI's answer. */
@Entity({ name: 'referral' })
@Index('referral_centre_idx', ['centreId', 'status'])
export class Referral {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  trialId: string;

  @Column({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  status: ReferralStatus;

  /** The checklist's completeness at submission: it sets the review deadline. */
  @Column({ type: 'text' })
  completenessAtSubmission: string;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'text' })
  submittedBy: string;

  @Column({ type: 'date' })
  reviewDueOn: string;

  @Column({ type: 'timestamptz', nullable: true })
  overdueNoticedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decidedBy: string | null;
}

/** Local projection of documents' checklist completeness, for review deadlines. */
@Entity({ name: 'checklist_status' })
export class ChecklistStatus {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  completeness: string;
}
