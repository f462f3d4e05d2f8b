import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { Referral } from './referral.entity';
import { parsePiDecision, parseSubmission } from './referrals.input';
import { ReferralsService } from './referrals.service';

@Resolver('Referral')
export class ReferralsResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @Roles('coordinator', 'admin')
  @Mutation('submitCase')
  submit(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('trialId') trialId: string,
    @Args('centreId') centreId: string,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ): Promise<Referral> {
    return this.referrals.submit(identity, parseUuid(caseId, 'caseId'), parseSubmission({ trialId, centreId }), idempotencyKey);
  }

  @Roles('hospital_office')
  @Query('myReferrals')
  mine(@CurrentIdentity() identity: Identity): Promise<Referral[]> {
    return this.referrals.forOffice(identity);
  }

  @Roles('hospital_office')
  @Mutation('recordPiDecision')
  decide(
    @CurrentIdentity() identity: Identity,
    @Args('referralId') referralId: string,
    @Args('decision') decision: string,
    @Args('reason') reason: string | null,
  ): Promise<Referral> {
    return this.referrals.recordDecision(identity, parseUuid(referralId, 'referralId'), parsePiDecision({ decision, reason }));
  }

  @ResolveField('case')
  caseOf(@Parent() referral: Referral) {
    return { __typename: 'Case', id: referral.caseId };
  }

  @ResolveField('centre')
  centre(@Parent() referral: Referral) {
    return { __typename: 'Centre', id: referral.centreId };
  }
}

/** Case.referrals: the case's submissions as the caller may see them. */
@Resolver('Case')
export class CaseReferralsResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('referrals')
  referralsOf(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<Referral[]> {
    return this.referrals.forCase(identity, kase.id);
  }
}
