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
import { EntityManager, In } from 'typeorm';
import { Case } from './case.entity';
import { checkTransition, statusForCompleteness } from './case-lifecycle.rules';
import { CasesService, StatusMove } from './cases.service';

/** A fact another service published about a case: the status it calls for from the current one, and why. */
interface CaseFact {
  caseId: string;
  target: (status: CaseStatus) => CaseStatus | null;
  reason: string;
}

/** The case status follows the facts other services own. */
@Controller()
export class CasesConsumer {
  private readonly logger = new Logger(CasesConsumer.name);

  constructor(private readonly cases: CasesService) {}

  /** Set-based (`batch`): a batch's evaluations at once, in order (a case's later evaluation sees the earlier one's move). */
  @EventPattern(ChecklistEvaluated.type, { batch: true })
  async onChecklistsEvaluated(@Payload() events: CartaEvent<EventData<typeof ChecklistEvaluated>>[], @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(
      manager,
      events.map(({ data: { caseId, completeness } }) => ({
        caseId,
        target: (status: CaseStatus) => statusForCompleteness(status, completeness),
        reason: `checklist ${completeness.toLowerCase()}`,
      })),
    );
  }

  @EventPattern(ReferralSubmitted.type)
  async onReferralSubmitted(@Payload() event: CartaEvent<EventData<typeof ReferralSubmitted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(manager, [{ caseId: event.data.caseId, target: () => 'SUBMITTED', reason: `submitted to ${event.data.centreId}` }]);
  }

  @EventPattern(PiDecisionRecorded.type)
  async onPiDecision(@Payload() event: CartaEvent<EventData<typeof PiDecisionRecorded>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { decision, centreId, trialId } = event.data;
    const to: CaseStatus = decision === 'ACCEPTED' ? 'ACCEPTED' : decision === 'DECLINED' ? 'DECLINED' : 'COLLECTING_RECORDS';
    await this.follow(manager, [
      { caseId: event.data.caseId, target: () => to, reason: `PI at ${centreId} (${trialId}): ${decision.toLowerCase().replaceAll('_', ' ')}` },
    ]);
  }

  @EventPattern(InvitationLetterIssued.type)
  async onInvitationLetterIssued(@Payload() event: CartaEvent<EventData<typeof InvitationLetterIssued>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(manager, [{ caseId: event.data.caseId, target: () => 'TRAVEL_PLANNING', reason: `invitation letter issued by ${event.data.centreId}` }]);
  }

  /** Treatment travel needs the home team's review: without it the case stays and the reason is logged. */
  @EventPattern(PatientArrived.type)
  async onPatientArrived(@Payload() event: CartaEvent<EventData<typeof PatientArrived>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.follow(manager, [
      { caseId: event.data.caseId, target: () => 'IN_TREATMENT', reason: `arrived at ${event.data.centreId} on ${event.data.arrivedOn}` },
    ]);
  }

  /**
   * Moves each case when its fact calls for a move its state allows, otherwise notes why not; facts
   * apply in order. The cases are locked in one statement, in id order, so two transactions never
   * wait on each other in a cycle.
   */
  private async follow(manager: EntityManager, facts: CaseFact[]): Promise<void> {
    const ids = [...new Set(facts.map((fact) => fact.caseId))];
    const locked = await manager.find(Case, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const cases = new Map(locked.map((kase) => [kase.id, kase]));
    const moves: StatusMove[] = [];
    for (const { caseId, target, reason } of facts) {
      const kase = cases.get(caseId);
      if (!kase) {
        this.logger.warn(`event for unknown case ${caseId}`);
        continue;
      }
      const to = target(kase.status);
      if (!to || to === kase.status) continue;
      if (!checkTransition(kase.status, to, { homeTeamReviewed: kase.homeTeamReview !== null }).allowed) {
        this.logger.warn(`case ${caseId} stays ${kase.status}: ${reason} does not move it to ${to}`);
        continue;
      }
      moves.push({ caseId, from: kase.status, to, reason, changedBy: null });
      kase.status = to;
    }
    await this.cases.recordMoves(manager, moves);
  }
}
