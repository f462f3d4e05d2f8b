import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DayRange, FundingModel } from '../estimates/cost-estimate.rules';

/**
 * A case's money, opened when travel first plans its timeline: which centre and trial, and the
 * durations the estimate is priced over (from the latest timeline revision).
 */
@Entity({ name: 'billing_account' })
export class BillingAccount {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  trialId: string;

  @Column({ type: 'text' })
  productType: 'AUTOLOGOUS' | 'ALLOGENEIC';

  /** Days from apheresis to a product ready to infuse (null: allogeneic). */
  @Column({ type: 'jsonb', nullable: true })
  manufacturingWaitDays: DayRange | null;

  @Column({ type: 'jsonb' })
  monitoringDays: DayRange;

  @Column({ type: 'boolean' })
  hotelMonitoringAfterDay14: boolean;

  @Column({ type: 'int' })
  timelineRevision: number;

  /** The estimate version the family accepted, if any. */
  @Column({ type: 'uuid', nullable: true })
  acceptedEstimateId: string | null;
}

/** From centres: who pays for each trial's product. */
@Entity({ name: 'trial_funding' })
export class TrialFunding {
  @PrimaryColumn({ type: 'text' })
  trialId: string;

  @Column({ type: 'text', array: true })
  fundingModels: FundingModel[];
}
