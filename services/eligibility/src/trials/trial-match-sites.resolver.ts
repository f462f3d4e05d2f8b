import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TrialSitesService } from './trial-sites.service';

/** Where a matched trial may take the case: only the centres whose own site recruits. */
@Resolver('TrialMatch')
export class TrialMatchSitesResolver {
  constructor(private readonly sites: TrialSitesService) {}

  @ResolveField('recruitingCentreIds')
  recruitingCentreIds(@Parent() match: { trialId: string }): Promise<string[]> {
    return this.sites.recruitingCentreIds(match.trialId);
  }
}
