import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Local projection of eligibility's referrals: which centres may see a case. */
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
