import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A CONSENT_FORM document of a case as documents reports it: a consent may cite it only while verified and not deleted. */
@Entity({ name: 'consent_form' })
export class ConsentForm {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
