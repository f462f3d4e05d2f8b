import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CartaEvent,
  EventData,
  TreatmentTimelinePlanned,
  TrialClosed,
  TrialCriteriaChanged,
  TrialOpened,
  TrialRegistered,
  TrialUpdated,
} from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { EntityManager } from 'typeorm';
import { BillingAccount, TrialFunding } from './billing-account.entity';

@Controller()
export class AccountsConsumer {
  /** Each timeline revision re-sets the durations the next estimate is priced over. */
  @EventPattern(TreatmentTimelinePlanned.type)
  async onTimelinePlanned(@Payload() event: CartaEvent<EventData<typeof TreatmentTimelinePlanned>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { caseId, centreId, trialId, productType, manufacturingWaitDays, monitoringDays, hotelMonitoringAfterDay14, revision } = event.data;
    const account = await manager.findOneBy(BillingAccount, { caseId });
    // Revisions may arrive again (redelivery) but never go back.
    if (account && account.timelineRevision >= revision) return;
    await manager.upsert(
      BillingAccount,
      {
        caseId,
        centreId,
        trialId,
        productType,
        manufacturingWaitDays,
        monitoringDays,
        hotelMonitoringAfterDay14,
        timelineRevision: revision,
        acceptedEstimateId: account?.acceptedEstimateId ?? null,
      },
      ['caseId'],
    );
  }

  @EventPattern(TrialOpened.type)
  onTrialOpened(@Payload() event: CartaEvent<EventData<typeof TrialOpened>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return keepFunding(manager, event.data);
  }

  @EventPattern(TrialCriteriaChanged.type)
  onTrialChanged(@Payload() event: CartaEvent<EventData<typeof TrialCriteriaChanged>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return keepFunding(manager, event.data);
  }

  /** A registration, or a change to its funding models, as the registry announces it. */
  @EventPattern(TrialRegistered.type)
  onTrialRegistered(@Payload() event: CartaEvent<EventData<typeof TrialRegistered>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return keepFunding(manager, event.data);
  }

  @EventPattern(TrialUpdated.type)
  onTrialUpdated(@Payload() event: CartaEvent<EventData<typeof TrialUpdated>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return keepFunding(manager, event.data);
  }

  @EventPattern(TrialClosed.type)
  onTrialClosed(@Payload() event: CartaEvent<EventData<typeof TrialClosed>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return keepFunding(manager, event.data);
  }
}

async function keepFunding(manager: EntityManager, trial: EventData<typeof TrialOpened>): Promise<void> {
  await manager.upsert(TrialFunding, { trialId: trial.trialId, fundingModels: trial.fundingModels }, ['trialId']);
}
