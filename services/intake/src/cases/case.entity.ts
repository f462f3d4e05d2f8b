import { CaseStatus } from '@carta/contracts';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'case' })
// The case list's order (openedAt desc, id desc), read backwards.
@Index('case_list_order_idx', ['openedAt', 'id'])
export class Case {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Short, random, non-identifying (`CA-7K3F9Q`): what people say on the phone or write on a transfer. */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'text' })
  patientId: string;

  @Column({ type: 'text' })
  diagnosisIcd10: string;

  @Column({ type: 'text' })
  diagnosisDescription: string;

  /** Whether the patient had a cellular therapy before; null: not known yet. */
  @Column({ type: 'boolean', nullable: true })
  priorCellularTherapy: boolean | null;

  @Column({ type: 'text' })
  coordinatorId: string;

  @Column({ type: 'text' })
  status: CaseStatus;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** The patient's own oncology team reviewed the plan (a multidisciplinary review) before travel. */
  @Column({ type: 'jsonb', nullable: true })
  homeTeamReview: HomeTeamReview | null;
}

export interface HomeTeamReview {
  reviewedOn: string;
  reviewer: string;
  institution: string;
  summary: string;
  recordedAt: string;
  recordedBy: string;
}

/** A family member travelling with the patient (one or two); identifying, so kept in intake only. */
@Entity({ name: 'companion' })
export class Companion {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  givenName: string;

  @Column({ type: 'text' })
  familyName: string;

  @Column({ type: 'text' })
  relationship: string;

  /** Null only for companions entered before birth date and nationality were asked (they travel once corrected). */
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  /** ISO 3166-1 alpha-3; null as birthDate. */
  @Column({ type: 'text', nullable: true })
  nationality: string | null;

  @Column({ type: 'text', nullable: true })
  passportNumber: string | null;

  @Column({ type: 'date', nullable: true })
  passportExpiry: string | null;
}

/** One move of a case's status: who made it (null: intake itself, following another service's fact), when and why. */
@Entity({ name: 'case_status_change' })
@Index('case_status_change_case_idx', ['caseId', 'changedAt'])
export class CaseStatusChange {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  /** Null for the opening. */
  @Column({ type: 'text', nullable: true })
  fromStatus: CaseStatus | null;

  @Column({ type: 'text' })
  toStatus: CaseStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  changedBy: string | null;

  @Column({ type: 'timestamptz' })
  changedAt: Date;
}
