import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { Trial } from './trial.entity';
import { TrialsService } from './trials.service';

@Resolver('Trial')
export class TrialsResolver {
  constructor(private readonly trials: TrialsService) {}

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @Query('trials')
  list(@Args('recruitingOnly') recruitingOnly: boolean): Promise<Trial[]> {
    return this.trials.list(recruitingOnly);
  }

  @Roles('admin', 'hospital_office')
  @Mutation('updateTrialCriteria')
  updateCriteria(@CurrentIdentity() identity: Identity, @Args('trialId') trialId: string, @Args('criteria') criteria: string): Promise<Trial> {
    return this.trials.updateCriteria(identity, trialId, criteria);
  }

  @Roles('admin', 'hospital_office')
  @Mutation('setTrialRecruiting')
  setRecruiting(@CurrentIdentity() identity: Identity, @Args('trialId') trialId: string, @Args('recruiting') recruiting: boolean, @Args('openSlots') openSlots: number): Promise<Trial> {
    return this.trials.setRecruiting(identity, trialId, recruiting, openSlots);
  }

  @ResolveField('criteria')
  criteria(@Parent() trial: Trial): string {
    return JSON.stringify(trial.criteria);
  }

  @ResolveField('manufacturingWeeksMin')
  manufacturingWeeksMin(@Parent() trial: Trial): number | null {
    return trial.manufacturingWeeks?.min ?? null;
  }

  @ResolveField('manufacturingWeeksMax')
  manufacturingWeeksMax(@Parent() trial: Trial): number | null {
    return trial.manufacturingWeeks?.max ?? null;
  }

  @ResolveField('criteriaVersion')
  criteriaVersion(@Parent() trial: Trial): number {
    return trial.criteria.version;
  }
}

@Resolver('Centre')
export class CentreTrialsResolver {
  constructor(private readonly trials: TrialsService) {}

  @ResolveField('trials')
  trialsOf(@Parent() centre: { id: string }): Promise<Trial[]> {
    return this.trials.list(false, centre.id);
  }
}
