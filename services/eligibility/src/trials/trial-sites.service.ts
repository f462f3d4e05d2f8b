import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TrialProjection } from '../summaries/eligibility.entities';
import { recruitingCentres } from './trial-sites.rules';

/** The sites of the trials eligibility knows, as the centres registry last announced them. */
@Injectable()
export class TrialSitesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Where a matched trial may take the case: only the centres whose own site recruits (none for a trial not known here). */
  async recruitingCentreIds(trialId: string): Promise<string[]> {
    const trial = await this.dataSource.manager.findOneBy(TrialProjection, { trialId });
    return trial ? recruitingCentres(trial.snapshot) : [];
  }
}
