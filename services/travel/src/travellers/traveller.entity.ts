import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type TravellerRole = 'PATIENT' | 'COMPANION';

/**
 * Someone who travels for the case, as their passport shows them: the patient and at most two
 * companions. Derived from the people intake records (PersonRecorded), never typed here: a person
 * travels once intake knows their passport. Travel keeps them because the invitation letter and the
 * visa applications print and check them; they never leave the service in an event.
 */
@Entity({ name: 'traveller' })
@Index('traveller_case_idx', ['caseId'])
@Index('traveller_person_idx', ['caseId', 'personId'], { unique: true })
export class Traveller {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  /** The intake person this traveller is (null only for travellers typed here before intake announced people). */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'text' })
  role: TravellerRole;

  @Column({ type: 'text' })
  givenName: string;

  @Column({ type: 'text' })
  familyName: string;

  @Column({ type: 'date' })
  birthDate: string;

  /** ISO 3166-1 alpha-3 of the passport: it picks the visa route. */
  @Column({ type: 'text' })
  nationality: string;

  @Column({ type: 'text' })
  passportNumber: string;

  @Column({ type: 'date' })
  passportExpiry: string;

  /** A companion's relationship to the patient (null for the patient). */
  @Column({ type: 'text', nullable: true })
  relationship: string | null;

  @Column({ type: 'timestamptz' })
  addedAt: Date;
}
