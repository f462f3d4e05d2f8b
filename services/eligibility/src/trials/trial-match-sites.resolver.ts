import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { TrialProjection } from '../summaries/eligibility.entities';
import { recruitingCentres } from './trial-sites';

/** Where a matched trial may take the case: only the centres whose own site recruits. */
@Resolver('TrialMatch')
export class TrialMatchSitesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField('recruitingCentreIds')
  async recruitingCentreIds(@Parent() match: { trialId: string }): Promise<string[]> {
    const trial = await this.dataSource.manager.findOneBy(TrialProjection, { trialId: match.trialId });
    return trial ? recruitingCentres(trial.snapshot) : [];
  }
}
