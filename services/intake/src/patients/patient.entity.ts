import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A patient. The identifying details live here and nowhere else: every other service and every
 * event knows the patient only by this pseudonymous id.
 */
@Entity({ name: 'patient' })
export class Patient {
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** The patient as a person of their cases (`PersonRecorded.personId`): the same person in every case. */
  @Column({ type: 'uuid', unique: true })
  personId: string;

  @Column({ type: 'text' })
  givenName: string;

  @Column({ type: 'text' })
  familyName: string;

  @Column({ type: 'date' })
  birthDate: string;

  /** ISO 3166-1 alpha-3. */
  @Column({ type: 'text' })
  nationality: string;

  @Column({ type: 'text', nullable: true })
  passportNumber: string | null;

  @Column({ type: 'date', nullable: true })
  passportExpiry: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
