import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A centre's published identity and office contact (centres' CentreProfilePublished): what a consent names as recipient. */
@Entity({ name: 'centre_contact' })
export class CentreContact {
  @PrimaryColumn({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  nameZh: string | null;

  @Column({ type: 'jsonb', nullable: true })
  address: { en: string; zh: string } | null;

  @Column({ type: 'text', nullable: true })
  officeEmail: string | null;

  @Column({ type: 'text', nullable: true })
  officePhone: string | null;

  @Column({ type: 'timestamptz' })
  publishedAt: Date;
}

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
