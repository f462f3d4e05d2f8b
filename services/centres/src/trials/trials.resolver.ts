import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { Trial, TrialCriteriaVersion, TrialSite } from './trial.entity';
import { parseCriteriaJson, parseRecruitment, parseSiteInvestigator, parseRegisterTrial, parseTrialChanges, parseTrialId } from './trials.input';
import { recruitingAnywhere, TrialsService } from './trials.service';
import { displayCriterion, TrialCriteria } from '@carta/domain';
import type { RegisterTrialInput, TrialChangesInput } from '../generated/graphql';

/** Criteria as the SDL's Criterion rows; stored criteria were parsed when written, so they display as they are. */
const criteriaToGraphQL = (criteria: TrialCriteria) =>
  criteria.criteria.map((criterion) => {
    const { ruleText, appliesWhenText, ...shown } = displayCriterion(criterion);
    return { ...shown, rule: ruleText, appliesWhen: appliesWhenText };
  });

@Resolver('Trial')
export class TrialsResolver {
  constructor(private readonly trials: TrialsService) {}

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @Query('trials')
  list(@Args('recruitingOnly') recruitingOnly: boolean): Promise<Trial[]> {
    return this.trials.list(recruitingOnly);
  }

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @Query('trial')
  trial(@Args('id') id: string): Promise<Trial | null> {
    return this.trials.get(parseTrialId(id, 'id'));
  }

  @Roles('admin', 'hospital_office')
  @Mutation('registerTrial')
  register(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RegisterTrialInput,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ): Promise<Trial> {
    return this.trials.register(identity, parseRegisterTrial(input), idempotencyKey);
  }

  @Roles('admin', 'hospital_office')
  @Mutation('updateTrial')
  update(@CurrentIdentity() identity: Identity, @Args('trialId') trialId: string, @Args('changes') changes: TrialChangesInput): Promise<Trial> {
    return this.trials.update(identity, parseTrialId(trialId), parseTrialChanges(changes));
  }

  @Roles('admin', 'hospital_office')
  @Mutation('updateTrialCriteria')
  updateCriteria(@CurrentIdentity() identity: Identity, @Args('trialId') trialId: string, @Args('criteria') criteria: string): Promise<Trial> {
    return this.trials.updateCriteria(identity, parseTrialId(trialId), parseCriteriaJson(criteria));
  }

  @Roles('admin', 'hospital_office')
  @Mutation('setTrialRecruiting')
  setRecruiting(
    @CurrentIdentity() identity: Identity,
    @Args('trialId') trialId: string,
    @Args('recruiting') recruiting: boolean,
    @Args('openSlots') openSlots: number,
    @Args('centreId') centreId: string | null,
  ): Promise<Trial> {
    return this.trials.setRecruiting(identity, parseTrialId(trialId), parseRecruitment({ recruiting, openSlots, centreId }));
  }

  @Roles('admin', 'hospital_office')
  @Mutation('setTrialSiteInvestigator')
  setSiteInvestigator(
    @CurrentIdentity() identity: Identity,
    @Args('trialId') trialId: string,
    @Args('principalInvestigator') principalInvestigator: unknown,
    @Args('centreId') centreId: string | null,
  ): Promise<Trial> {
    return this.trials.setSiteInvestigator(identity, parseTrialId(trialId), parseSiteInvestigator({ principalInvestigator, centreId }));
  }

  @ResolveField('sites')
  sites(@Parent() trial: Trial): TrialSite[] {
    return trial.sites ?? [];
  }

  @ResolveField('centreIds')
  centreIds(@Parent() trial: Trial): string[] {
    return (trial.sites ?? []).map((site) => site.centreId);
  }

  @ResolveField('recruiting')
  recruiting(@Parent() trial: Trial): boolean {
    return recruitingAnywhere(trial.sites ?? []);
  }

  @ResolveField('openSlots')
  openSlots(@Parent() trial: Trial): number {
    return (trial.sites ?? []).filter((site) => site.recruiting).reduce((sum, site) => sum + site.openSlots, 0);
  }

  @ResolveField('criteria')
  criteria(@Parent() trial: Trial) {
    return criteriaToGraphQL(trial.criteria);
  }

  @ResolveField('criteriaJson')
  criteriaJson(@Parent() trial: Trial): string {
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

  @ResolveField('criteriaHistory')
  criteriaHistory(@Parent() trial: Trial): Promise<TrialCriteriaVersion[]> {
    return this.trials.criteriaHistory(trial.id);
  }

  @ResolveField('criteriaAtVersion')
  criteriaAtVersion(@Parent() trial: Trial, @Args('version') version: number): Promise<TrialCriteriaVersion | null> {
    return this.trials.criteriaAtVersion(trial.id, version);
  }
}

@Resolver('TrialCriteriaVersion')
export class TrialCriteriaVersionResolver {
  @ResolveField('criteria')
  criteria(@Parent() version: TrialCriteriaVersion) {
    return criteriaToGraphQL(version.criteria);
  }

  @ResolveField('criteriaJson')
  criteriaJson(@Parent() version: TrialCriteriaVersion): string {
    return JSON.stringify(version.criteria);
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
