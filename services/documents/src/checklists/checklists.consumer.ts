import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CaseOpened, CaseProfileChanged, CartaEvent, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { ChecklistsService } from './checklists.service';

@Controller()
export class ChecklistsConsumer {
  constructor(private readonly checklists: ChecklistsService) {}

  @EventPattern(CaseOpened.type)
  async onCaseOpened(@Payload() event: CartaEvent<EventData<typeof CaseOpened>>, @Ctx() context: HandlerContext): Promise<void> {
    const { caseId, diagnosis, priorCellularTherapy, openedAt } = event.data;
    // The profile first, so the new checklist already follows the disease.
    await this.checklists.recordProfile(
      context.manager,
      caseId,
      { icd10: diagnosis.icd10, priorCellularTherapy: priorCellularTherapy ?? null },
      new Date(openedAt),
    );
    await this.checklists.createForCase(context.manager, caseId);
  }

  @EventPattern(CaseProfileChanged.type)
  onCaseProfileChanged(@Payload() event: CartaEvent<EventData<typeof CaseProfileChanged>>, @Ctx() context: HandlerContext): Promise<void> {
    const { caseId, diagnosis, priorCellularTherapy, changedAt } = event.data;
    return this.checklists.recordProfile(context.manager, caseId, { icd10: diagnosis.icd10, priorCellularTherapy }, new Date(changedAt));
  }
}
