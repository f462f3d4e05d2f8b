import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CaseOpened, CaseProfileChanged, CartaEvent, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { ChecklistsService } from './checklists.service';

@Controller()
export class ChecklistsConsumer {
  constructor(private readonly checklists: ChecklistsService) {}

  /** Set-based (`batch`): a batch's CaseOpened events at once; the profile first, so a new checklist already follows the disease. */
  @EventPattern(CaseOpened.type, { batch: true })
  onCasesOpened(@Payload() events: CartaEvent<EventData<typeof CaseOpened>>[], @Ctx() context: HandlerContext): Promise<void> {
    return this.checklists.openCases(
      context.manager,
      events.map(({ data: { caseId, diagnosis, priorCellularTherapy, openedAt } }) => ({
        caseId,
        profile: { icd10: diagnosis.icd10, priorCellularTherapy: priorCellularTherapy ?? null },
        statedAt: new Date(openedAt),
      })),
    );
  }

  @EventPattern(CaseProfileChanged.type)
  onCaseProfileChanged(@Payload() event: CartaEvent<EventData<typeof CaseProfileChanged>>, @Ctx() context: HandlerContext): Promise<void> {
    const { caseId, diagnosis, priorCellularTherapy, changedAt } = event.data;
    return this.checklists.recordProfile(context.manager, caseId, { icd10: diagnosis.icd10, priorCellularTherapy }, new Date(changedAt));
  }
}
