import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, EventData, InvitationLetterIssued, PiDecisionRecorded } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { JourneysService } from './journeys.service';

@Controller()
export class JourneysConsumer {
  constructor(private readonly journeys: JourneysService) {}

  /** Travel starts when a centre accepts: the timeline is planned and the invitation letter requested. */
  @EventPattern(PiDecisionRecorded.type)
  async onPiDecision(@Payload() event: CartaEvent<EventData<typeof PiDecisionRecorded>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    if (event.data.decision === 'ACCEPTED') await this.journeys.onAccepted(manager, event.data);
  }

  /** Travel's own event: the letter's issue (in the letters feature) is where visa applications start, so the plan follows it. */
  @EventPattern(InvitationLetterIssued.type)
  async onLetterIssued(@Payload() event: CartaEvent<EventData<typeof InvitationLetterIssued>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.journeys.onLetterIssued(manager, event.data);
  }
}
