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

  /** References the centres service resolves: a coordinator sees the hospitals, not codes. */
  @ResolveField('recruitingCentres')
  async recruitingCentres(@Parent() match: { trialId: string }): Promise<{ __typename: 'Centre'; id: string }[]> {
    return (await this.sites.recruitingCentreIds(match.trialId)).map((id) => ({ __typename: 'Centre', id }));
  }
}
