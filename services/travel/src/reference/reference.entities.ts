import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DayRange, ProductType } from '../timeline/treatment-timeline.rules';

/** Local projections of other services' facts that travel plans with. */

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
