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

  /** The centre's Chinese name as letters print it; null until the centre publishes it. */
  @Column({ type: 'text', nullable: true })
  nameZh: string | null;

  /** Postal address in English and Chinese: letters print it, the family's calendar locates events by it. */
  @Column({ type: 'jsonb', nullable: true })
  address: CentreAddress | null;
}

export interface CentreAddress {
  en: string;
  zh: string;
}

/** A trial site's principal investigator, as letters print them. */
export interface PrincipalInvestigator {
  name: string;
  nameZh: string | null;
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

  /** Each site's principal investigator by centre, as the letter prints them (sites without one are absent; null: kept before travel recorded them). */
  @Column({ type: 'jsonb', nullable: true })
  principalInvestigators: Record<string, PrincipalInvestigator> | null;
}

/** From intake: the day of first contact, where the timeline's total starts. */
@Entity({ name: 'case_opening' })
export class CaseOpening {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'date' })
  openedOn: string;
}
