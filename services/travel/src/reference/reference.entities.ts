import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DayRange, ProductType } from '../timeline/treatment-timeline.rules';

/** Local projections of other services' facts that travel plans with. */

/** From centres: the letterhead of an invitation letter and the centre's monitoring policy. */
@Entity({ name: 'centre_profile' })
export class CentreProfile {
  @PrimaryColumn({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'boolean' })
  hotelMonitoringAfterDay14: boolean;

  @Column({ type: 'text', nullable: true })
  officeEmail: string | null;

  @Column({ type: 'text', nullable: true })
  officePhone: string | null;
}

/** From centres: what a trial's product means for the timeline. */
@Entity({ name: 'trial_terms' })
export class TrialTerms {
  @PrimaryColumn({ type: 'text' })
  trialId: string;

  @Column({ type: 'text' })
  productType: ProductType;

  @Column({ type: 'jsonb', nullable: true })
  manufacturingWeeks: DayRange | null;
}

/** From intake: the day of first contact, where the timeline's total starts. */
@Entity({ name: 'case_opening' })
export class CaseOpening {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'date' })
  openedOn: string;
}
