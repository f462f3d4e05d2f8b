import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, ChecklistEvaluated, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { ChecklistStatus } from './referral.entity';

@Controller()
export class ReferralsConsumer {
  /** Completeness decides the review deadline of the next submission. */
  @EventPattern(ChecklistEvaluated.type)
  async onChecklistEvaluated(@Payload() event: CartaEvent<EventData<typeof ChecklistEvaluated>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await manager.upsert(ChecklistStatus, { caseId: event.data.caseId, completeness: event.data.completeness }, ['caseId']);
  }
}
