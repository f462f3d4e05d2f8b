import { EventData, TrialOpened } from '@carta/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CriterionVerdict, TrialVerdict } from './summary-domain.rules';

/** Local projection of centres' trials (their events carry a full snapshot). */
@Entity({ name: 'trial_projection' })
export class TrialProjection {
  @PrimaryColumn({ type: 'text' })
  trialId: string;

  @Column({ type: 'jsonb' })
  snapshot: EventData<typeof TrialOpened>;
}

/** The latest screening of a case against a trial. */
@Entity({ name: 'screening' })
export class Screening {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  trialId: string;

  @Column({ type: 'text' })
  verdict: TrialVerdict;

  @Column({ type: 'jsonb' })
  criteria: CriterionVerdict[];

  @Column({ type: 'int' })
  criteriaVersion: number;

  /** The day it was screened: data ages, so a screening from an earlier day is redone. */
  @Column({ type: 'date' })
  screenedOn: string;
}
