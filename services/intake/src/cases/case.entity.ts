import { CaseStatus } from '@carta/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'case' })
export class Case {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  patientId: string;

  @Column({ type: 'text' })
  diagnosisIcd10: string;

  @Column({ type: 'text' })
  diagnosisDescription: string;

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

  @Column({ type: 'text', nullable: true })
  passportNumber: string | null;

  @Column({ type: 'date', nullable: true })
  passportExpiry: string | null;
}
