import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A separate consent (PIPL art. 29, 38–39) to share named categories of a case's data with one
 * recipient centre for one purpose, in one transfer direction, with the disclosures the patient saw.
 */
@Entity({ name: 'consent' })
@Index('consent_case_idx', ['caseId'])
export class Consent {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'text' })
  direction: string;

  /** Disclosures shown to the patient: recipient name and contact, processing method, how to exercise rights. */
  @Column({ type: 'text' })
  recipientName: string;

  @Column({ type: 'text' })
  recipientContact: string;

  @Column({ type: 'text' })
  processingMethod: string;

  @Column({ type: 'text' })
  rightsContact: string;

  /** The signed form, a CONSENT_FORM document in the documents service. */
  @Column({ type: 'uuid' })
  signedFormDocumentId: string;

  @Column({ type: 'timestamptz' })
  grantedAt: Date;

  @Column({ type: 'text' })
  recordedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;
}
