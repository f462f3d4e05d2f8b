import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { Consent } from './consent.entity';
import { parseRecordConsent, parseWithdrawalReason } from './consents.input';
import { ConsentsService } from './consents.service';
import type { RecordConsentInput } from '../generated/graphql';

@Resolver('Consent')
export class ConsentsResolver {
  constructor(private readonly consents: ConsentsService) {}

  @Roles('coordinator', 'admin')
  @Mutation('recordConsent')
  recordConsent(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RecordConsentInput,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ): Promise<Consent> {
    return this.consents.record(identity, parseRecordConsent(input), idempotencyKey);
  }

  @Roles('coordinator', 'admin')
  @Mutation('withdrawConsent')
  withdrawConsent(@CurrentIdentity() identity: Identity, @Args('consentId') consentId: string, @Args('reason') reason: string): Promise<Consent> {
    return this.consents.withdraw(identity, parseUuid(consentId, 'consentId'), parseWithdrawalReason(reason));
  }

  @ResolveField('active')
  active(@Parent() consent: Consent): boolean {
    return consent.withdrawnAt === null;
  }
}
