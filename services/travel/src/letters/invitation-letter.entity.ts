import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CentreAddress } from '@carta/centre-directory';
import { PrincipalInvestigator } from '../reference/reference.entities';
import { TravellerRole } from '../travellers/traveller.entity';

/** SUPERSEDED: a re-issue replaced it while it was valid; kept (and downloadable by who may) but no longer valid. */
export type LetterStatus = 'REQUESTED' | 'ISSUED' | 'SUPERSEDED';

/** The travellers exactly as the letter names them. */
export interface LetterTraveller {
  role: TravellerRole;
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  passportNumber: string;
  passportExpiry: string;
  relationship: string | null;
}

/** The centre and investigator exactly as the letter printed them. */
export interface PrintedLetterhead {
  centre: {
    name: string;
    nameZh: string;
    city: string;
    address: CentreAddress;
    officeEmail: string | null;
    officePhone: string | null;
  };
  principalInvestigator: PrincipalInvestigator;
}

/** The visa invitation letter a centre's international office issues once it has accepted the case. */
@Entity({ name: 'invitation_letter' })
@Index('invitation_letter_case_idx', ['caseId'])
@Index('invitation_letter_centre_idx', ['centreId', 'status'])
export class InvitationLetter {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  trialId: string;

  @Column({ type: 'text' })
  status: LetterStatus;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  /** The office's own reference, printed on the letter. */
  @Column({ type: 'text', nullable: true })
  officeReference: string | null;

  @Column({ type: 'date', nullable: true })
  plannedArrival: string | null;

  @Column({ type: 'date', nullable: true })
  plannedDeparture: string | null;

  /** The consulate accepts the letter until this day: expiry is tracked from it. */
  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'jsonb', nullable: true })
  travellers: LetterTraveller[] | null;

  @Column({ type: 'text', nullable: true })
  issuedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  objectKey: string | null;

  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  /** When the expiry sweep announced that the letter ran out (once). */
  @Column({ type: 'timestamptz', nullable: true })
  expiryNoticedAt: Date | null;

  /** 1 for the first letter of a request; a re-issue is a new letter with the next version, printed on it. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'jsonb', nullable: true })
  printed: PrintedLetterhead | null;

  /** A re-issue: the letter it replaced. */
  @Column({ type: 'uuid', nullable: true })
  supersedesLetterId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  /** Why the office re-issued (kept with the new letter, never in an event: it may name a traveller). */
  @Column({ type: 'text', nullable: true })
  reissueReason: string | null;
}
