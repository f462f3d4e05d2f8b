import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, EventData, TrialClosed, TrialCriteriaChanged, TrialOpened } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { TrialProjection } from '../summaries/eligibility.entities';
import { ScreeningsService } from '../summaries/screenings.service';

type TrialEvent = CartaEvent<EventData<typeof TrialOpened>>;

/** Keeps the trial projection current and re-screens the cases a change can affect, with no one asking. */
@Controller()
export class TrialsConsumer {
  constructor(private readonly screenings: ScreeningsService) {}

  @EventPattern(TrialOpened.type)
  onOpened(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }

  @EventPattern(TrialCriteriaChanged.type)
  onCriteriaChanged(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }

  @EventPattern(TrialClosed.type)
  onClosed(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }
}
