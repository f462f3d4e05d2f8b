import { TrialCriteria } from '@carta/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A CAR-T trial or programme, its sites, and its eligibility criteria as versioned data. */
@Entity({ name: 'trial' })
export class Trial {
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** NCT / ChiCTR identifiers. */
  @Column({ type: 'text', array: true })
  registryIds: string[];

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', array: true })
  centreIds: string[];

  /** The lead site: the one centre whose office keeps the trial's criteria and recruitment for every site. */
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
  phase: string | null;

  @Column({ type: 'text', array: true })
  fundingModels: ('SPONSOR_FUNDED' | 'PATIENT_PAID')[];

  @Column({ type: 'boolean' })
  recruiting: boolean;

  @Column({ type: 'int' })
  openSlots: number;

  @Column({ type: 'jsonb' })
  criteria: TrialCriteria;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
