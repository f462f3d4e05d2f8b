import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { PI_DECISIONS } from '@carta/contracts';
import { badInput } from '@carta/domain';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { Referral } from './referral.entity';
import { PiDecision, ReferralsService } from './referrals.service';

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
  ): Promise<Referral> {
    return this.referrals.submit(identity, parseUuid(caseId, 'caseId'), trialId, centreId);
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
    if (!(PI_DECISIONS as readonly string[]).includes(decision)) throw badInput(`decision must be one of ${PI_DECISIONS.join(', ')}`, { field: 'decision' });
    if (reason !== null && reason !== undefined && (typeof reason !== 'string' || reason.length > 1000))
      throw badInput('reason: at most 1000 characters', { field: 'reason' });
    return this.referrals.recordDecision(identity, parseUuid(referralId, 'referralId'), decision as PiDecision, reason?.trim() || null);
  }

  @ResolveField('case')
  caseOf(@Parent() referral: Referral) {
    return { __typename: 'Case', id: referral.caseId };
  }

  @ResolveField('submittedAt')
  submittedAt(@Parent() referral: Referral): string {
    return referral.submittedAt.toISOString();
  }

  @ResolveField('decidedAt')
  decidedAt(@Parent() referral: Referral): string | null {
    return referral.decidedAt?.toISOString() ?? null;
  }
}
