import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, DocumentVerified, EventData, TrialClosed, TrialCriteriaChanged, TrialOpened, TrialRegistered, TrialUpdated } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { TrialProjection } from '../summaries/eligibility.entities';
import { ScreeningsService } from '../summaries/screenings.service';

type TrialEvent = CartaEvent<EventData<typeof TrialOpened>>;

/** Re-screens, with no one asking, exactly the cases a change can affect: a trial's, or one case's. */
@Controller()
export class RescreeningConsumer {
  constructor(private readonly screenings: ScreeningsService) {}

  @EventPattern(TrialOpened.type)
  onOpened(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }

  @EventPattern(TrialCriteriaChanged.type)
  onCriteriaChanged(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }

  @EventPattern(DocumentVerified.type)
  onDocumentVerified(@Payload() event: CartaEvent<EventData<typeof DocumentVerified>>, @Ctx() { manager }: HandlerContext) {
    return this.screenings.caseChanged(manager, event.data.caseId);
  }

  /** A newly registered trial is known at once (its sites open later), so a submission to it is judged, not NOT_FOUND. */
  @EventPattern(TrialRegistered.type)
  onRegistered(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }

  /** Registration details or one site's recruitment changed: the projection keeps each site's status. */
  @EventPattern(TrialUpdated.type)
  onUpdated(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }

  @EventPattern(TrialClosed.type)
  onClosed(@Payload() event: TrialEvent, @Ctx() { manager }: HandlerContext) {
    return this.screenings.trialChanged(manager, manager.create(TrialProjection, { trialId: event.data.trialId, snapshot: event.data }));
  }
}
