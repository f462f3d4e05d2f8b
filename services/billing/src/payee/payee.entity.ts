import { Column, Entity, PrimaryColumn } from 'typeorm';

/** From centres: who an invoice is payable to, as the centre's office published it. */
@Entity({ name: 'centre_profile' })
export class CentreProfile {
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

/**
 * From intake, unsealed: the patient's name as the passport shows it, the invoice's payer. Only what
 * an invoice prints is kept (no birth date, passport or contact).
 */
@Entity({ name: 'case_payer' })
export class CasePayer {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  givenName: string;

  @Column({ type: 'text' })
  familyName: string;

  /** The latest record wins: events may be redelivered or overtaken. */
  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
