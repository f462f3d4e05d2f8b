import { Controller, Injectable, Module } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Identity } from '@carta/auth';
import { CartaEvent, EventData, ReferralSubmitted } from '@carta/contracts';
import { canReadCase, DomainError } from '@carta/domain';
import { HandlerContext } from '@carta/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { CaseReferral } from './case-referral.entity';

/** Object-level access to a case, enforced by every subgraph that serves case data. */
@Injectable()
export class CaseAccess {
  constructor(private readonly dataSource: DataSource) {}

  async assertCanRead(identity: Identity, caseId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const referrals = await manager.find(CaseReferral, { where: { caseId }, select: { centreId: true } });
    if (!canReadCase(identity, { referredCentreIds: referrals.map((referral) => referral.centreId) })) {
      throw new DomainError('FORBIDDEN', 'this case is not shared with you');
    }
  }
}

@Controller()
export class CaseReferralConsumer {
  @EventPattern(ReferralSubmitted.type)
  async onReferralSubmitted(@Payload() event: CartaEvent<EventData<typeof ReferralSubmitted>>, @Ctx() context: HandlerContext): Promise<void> {
    const { caseId, centreId, referralId, submittedAt } = event.data;
    await context.manager.upsert(CaseReferral, { caseId, centreId, referralId, submittedAt: new Date(submittedAt) }, ['caseId', 'centreId']);
  }
}

/** Import into a service that serves case data: it keeps the referral projection and provides CaseAccess. */
@Module({ controllers: [CaseReferralConsumer], providers: [CaseAccess], exports: [CaseAccess] })
export class CaseAccessModule {}
