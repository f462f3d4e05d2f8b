import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DayRange, PlanFact, ProductType, TreatmentTimeline } from '../timeline/treatment-timeline.rules';

/**
 * A case's journey to the centre that accepted it: where, which product, and the treatment timeline
 * planned from them. The planner's input is kept whole (facts included), so a re-plan is the same
 * plan made again with one more fact, and every revision can be explained.
 */
@Entity({ name: 'journey' })
export class Journey {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @Column({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  trialId: string;

  @Column({ type: 'text' })
  productType: ProductType;

  @Column({ type: 'jsonb', nullable: true })
  manufacturingWeeks: DayRange | null;

  @Column({ type: 'boolean' })
  hotelMonitoringAfterDay14: boolean;

  @Column({ type: 'date' })
  firstContactOn: string;

  @Column({ type: 'date' })
  acceptedOn: string;

  @Column({ type: 'jsonb' })
  facts: PlanFact[];

  /** Bumped on every re-plan; the family's calendar replaces events by it. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'jsonb' })
  timeline: TreatmentTimeline;

  @Column({ type: 'date', nullable: true })
  arrivedOn: string | null;

  @Column({ type: 'timestamptz' })
  plannedAt: Date;
}

/**
 * A centre's acceptance, kept as it arrives. Events of other streams (the case's opening, the
 * trial) may come later; the journey is planned as soon as all three are known.
 */
@Entity({ name: 'acceptance' })
export class Acceptance {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @Column({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  trialId: string;

  @Column({ type: 'date' })
  acceptedOn: string;
}
