import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CartaEvent,
  CaseStatus,
  ChecklistEvaluated,
  EventData,
  InvitationLetterIssued,
  PatientArrived,
  PiDecisionRecorded,
  ReferralSubmitted,
} from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { EntityManager } from 'typeorm';
import { Case } from './case.entity';
import { checkTransition, statusForCompleteness } from './case-lifecycle.rules';
import { CasesService } from './cases.service';

/** The case status follows the facts other services own. */
@Controller()
export class CasesConsumer {
  private readonly logger = new Logger(CasesConsumer.name);

  constructor(private readonly cases: CasesService) {}

  @EventPattern(ChecklistEvaluated.type)
  async onChecklistEvaluated(@Payload() event: CartaEvent<EventData<typeof ChecklistEvaluated>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(
      manager,
      event.data.caseId,
      (status) => statusForCompleteness(status, event.data.completeness),
      `checklist ${event.data.completeness.toLowerCase()}`,
    );
  }

  @EventPattern(ReferralSubmitted.type)
  async onReferralSubmitted(@Payload() event: CartaEvent<EventData<typeof ReferralSubmitted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(manager, event.data.caseId, () => 'SUBMITTED', `submitted to ${event.data.centreId}`);
  }

  @EventPattern(PiDecisionRecorded.type)
  async onPiDecision(@Payload() event: CartaEvent<EventData<typeof PiDecisionRecorded>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { decision, centreId, trialId } = event.data;
    const to: CaseStatus = decision === 'ACCEPTED' ? 'ACCEPTED' : decision === 'DECLINED' ? 'DECLINED' : 'COLLECTING_RECORDS';
    await this.follow(manager, event.data.caseId, () => to, `PI at ${centreId} (${trialId}): ${decision.toLowerCase().replaceAll('_', ' ')}`);
  }

  @EventPattern(InvitationLetterIssued.type)
  async onInvitationLetterIssued(@Payload() event: CartaEvent<EventData<typeof InvitationLetterIssued>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(manager, event.data.caseId, () => 'TRAVEL_PLANNING', `invitation letter issued by ${event.data.centreId}`);
  }

  /** Treatment travel needs the home team's review: without it the case stays and the reason is logged. */
  @EventPattern(PatientArrived.type)
  async onPatientArrived(@Payload() event: CartaEvent<EventData<typeof PatientArrived>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(manager, event.data.caseId, () => 'IN_TREATMENT', `arrived at ${event.data.centreId} on ${event.data.arrivedOn}`);
  }

  /** Moves the case when the fact calls for a move this state allows; otherwise notes why not. */
  private async follow(manager: EntityManager, caseId: string, target: (status: CaseStatus) => CaseStatus | null, reason: string): Promise<void> {
    const kase = await manager.findOne(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!kase) return this.logger.warn(`event for unknown case ${caseId}`);
    const to = target(kase.status);
    if (!to || to === kase.status) return;
    if (!checkTransition(kase.status, to, { homeTeamReviewed: kase.homeTeamReview !== null }).allowed) {
      return this.logger.warn(`case ${caseId} stays ${kase.status}: ${reason} does not move it to ${to}`);
    }
    await this.cases.moveTo(manager, kase, to, reason);
  }
}
