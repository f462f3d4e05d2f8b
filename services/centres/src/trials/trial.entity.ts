import { TrialCriteria } from '@carta/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const TRIAL_PHASES = ['EARLY_PHASE_1', 'PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_2_3', 'PHASE_3', 'PHASE_4', 'NOT_APPLICABLE'] as const;
export type TrialPhase = (typeof TRIAL_PHASES)[number];

/**
 * A CAR-T trial or programme and its current eligibility criteria as versioned data. Its
 * participating centres are its sites (`TrialSite`); every criteria version is kept in
 * `TrialCriteriaVersion`.
 */
@Entity({ name: 'trial' })
export class Trial {
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** NCT / ChiCTR identifiers, each registered to one trial only. */
  @Column({ type: 'text', array: true })
  registryIds: string[];

  @Column({ type: 'text' })
  title: string;

  /** The lead site: the one centre whose office keeps the trial's criteria and registration; always a site. */
  @Column({ type: 'text' })
  ownerCentreId: string;

  @Column({ type: 'text', array: true })
  targets: string[];

  @Column({ type: 'text' })
  productType: 'AUTOLOGOUS' | 'ALLOGENEIC';

  @Column({ type: 'text', array: true })
  indications: string[];

  /** Autologous products: weeks from apheresis to a product ready to infuse. */
  @Column({ type: 'jsonb', nullable: true })
  manufacturingWeeks: { min: number; max: number } | null;

  /** INTRAVENOUS and/or INTRATUMORAL (solid tumours); null until the office records it. */
  @Column({ type: 'text', array: true, nullable: true })
  deliveries: string[] | null;

  /** NMPA IND status and phase, as the office records them. */
  @Column({ type: 'text', nullable: true })
  nmpaIndStatus: string | null;

  @Column({ type: 'text', nullable: true })
  phase: TrialPhase | null;

  @Column({ type: 'text', array: true })
  fundingModels: ('SPONSOR_FUNDED' | 'PATIENT_PAID')[];

  /** The current version (the last row of its history). */
  @Column({ type: 'jsonb' })
  criteria: TrialCriteria;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Not a column: loaded by TrialsService with every trial it hands out, owner first. */
  sites?: TrialSite[];
}

/** One participating centre of a trial: each keeps its own recruitment, set by its own office. */
@Entity({ name: 'trial_site' })
export class TrialSite {
  @PrimaryColumn({ type: 'text' })
  trialId: string;

  @PrimaryColumn({ type: 'text' })
  centreId: string;

  @Column({ type: 'boolean' })
  recruiting: boolean;

  @Column({ type: 'int' })
  openSlots: number;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  /** The site's principal investigator as letters print them, set by the site's own office; null until recorded. */
  @Column({ type: 'jsonb', nullable: true })
  principalInvestigator: PrincipalInvestigator | null;
}

/** A site's principal investigator: the name in Latin letters and, when known, in Chinese. */
export interface PrincipalInvestigator {
  name: string;
  nameZh: string | null;
}

/** Every version of a trial's criteria, who wrote it and when ("seed" for seeded and migrated ones). */
@Entity({ name: 'trial_criteria_version' })
export class TrialCriteriaVersion {
  @PrimaryColumn({ type: 'text' })
  trialId: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  criteria: TrialCriteria;

  @Column({ type: 'text' })
  changedBy: string;

  @Column({ type: 'timestamptz' })
  changedAt: Date;
}
