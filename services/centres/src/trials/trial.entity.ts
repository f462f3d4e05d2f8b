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

  @Column({ type: 'text', array: true })
  targets: string[];

  @Column({ type: 'text' })
  productType: 'AUTOLOGOUS' | 'ALLOGENEIC';

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
