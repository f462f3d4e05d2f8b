import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Local projections of other services' facts that decide who may see a case (see canReadCase). */

@Entity({ name: 'case_assignment' })
export class CaseAssignment {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  coordinatorId: string;

  /** When this assignment was made: a projection only ever moves forward in time. */
  @Column({ type: 'timestamptz' })
  assignedAt: Date;
}

@Entity({ name: 'case_referral' })
export class CaseReferral {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  centreId: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;
}

@Entity({ name: 'case_consent' })
@Index('case_consent_case_idx', ['caseId'])
export class CaseConsent {
  @PrimaryColumn({ type: 'uuid' })
  consentId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  centreId: string;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}

export const CASE_ACCESS_ENTITIES = [CaseAssignment, CaseReferral, CaseConsent];
