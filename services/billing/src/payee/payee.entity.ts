import { Column, Entity, PrimaryColumn } from 'typeorm';

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
