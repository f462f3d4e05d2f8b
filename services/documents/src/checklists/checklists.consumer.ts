import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CaseOpened, CartaEvent, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { ChecklistsService } from './checklists.service';

@Controller()
export class ChecklistsConsumer {
  constructor(private readonly checklists: ChecklistsService) {}

  @EventPattern(CaseOpened.type)
  onCaseOpened(@Payload() event: CartaEvent<EventData<typeof CaseOpened>>, @Ctx() context: HandlerContext): Promise<void> {
    return this.checklists.createForCase(context.manager, event.data.caseId);
  }
}
