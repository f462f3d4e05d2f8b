import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CartaEvent,
  ChecklistEvaluated,
  CoordinatorAssigned,
  EventData,
  InvitationLetterIssued,
  InvitationLetterRequested,
  InvoiceIssued,
  PiDecisionRecorded,
  ReferralReviewOverdue,
  ReferralSubmitted,
  VisaApplicationStatusChanged,
} from '@carta/contracts';
import { CaseAssignment } from '@carta/case-access';
import { HandlerContext } from '@carta/messaging';
import { EntityManager } from 'typeorm';
import { drafts, NotificationDraft } from './notification.rules';
import { NotificationsService } from './notifications.service';

type Event<T> = CartaEvent<T & { caseId: string }>;

/** Turns the facts other services publish into feed entries (no entry ever carries patient data). */
@Controller()
export class NotificationsConsumer {
  constructor(private readonly notifications: NotificationsService) {}

  @EventPattern(ReferralSubmitted.type)
  async onReferralSubmitted(@Payload() event: Event<EventData<typeof ReferralSubmitted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.tell(manager, event, (ref) => drafts.referralSubmitted(ref, event.data));
  }

  @EventPattern(PiDecisionRecorded.type)
  async onPiDecision(@Payload() event: Event<EventData<typeof PiDecisionRecorded>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.tell(manager, event, (ref) => drafts.piDecision(ref, event.data));
  }

  @EventPattern(ReferralReviewOverdue.type)
  async onReviewOverdue(@Payload() event: Event<EventData<typeof ReferralReviewOverdue>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.tell(manager, event, (ref) => drafts.reviewOverdue(ref, event.data));
  }

  @EventPattern(InvitationLetterRequested.type)
  async onLetterRequested(@Payload() event: Event<EventData<typeof InvitationLetterRequested>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.tell(manager, event, (ref) => drafts.letterRequested(ref, event.data));
  }

  @EventPattern(InvitationLetterIssued.type)
  async onLetterIssued(@Payload() event: Event<EventData<typeof InvitationLetterIssued>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.tell(manager, event, (ref) => drafts.letterIssued(ref, event.data));
  }

  /** Set-based (`batch`): most evaluations turn nothing stale, and those cost no statement of their own. */
  @EventPattern(ChecklistEvaluated.type, { batch: true })
  async onChecklistsEvaluated(@Payload() events: Event<EventData<typeof ChecklistEvaluated>>[], @Ctx() { manager }: HandlerContext): Promise<void> {
    const news = await this.notifications.newlyStale(
      manager,
      events.map(({ data: { caseId, stale, evaluatedAt } }) => ({ caseId, stale: [...stale], evaluatedAt: new Date(evaluatedAt) })),
    );
    for (const [index, turnedStale] of news.entries()) {
      if (turnedStale.length > 0) await this.tell(manager, events[index], (ref) => drafts.recordsStale(ref, turnedStale));
    }
  }

  @EventPattern(VisaApplicationStatusChanged.type)
  async onVisaStatusChanged(@Payload() event: Event<EventData<typeof VisaApplicationStatusChanged>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await this.tell(manager, event, (ref) => drafts.visaDecided(ref, event.data));
  }

  @EventPattern(InvoiceIssued.type)
  async onInvoiceIssued(@Payload() event: Event<EventData<typeof InvoiceIssued>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    // `dueOn` is an optional field billing may send; without it the entry names no date.
    const { dueOn } = event.data as { dueOn?: string };
    await this.tell(manager, event, (ref) => drafts.invoiceIssued(ref, { ...event.data, ...(dueOn ? { dueOn } : {}) }));
  }

  /** The new coordinator is told, unless a later hand-over already superseded this one. */
  @EventPattern(CoordinatorAssigned.type)
  async onCoordinatorAssigned(@Payload() event: Event<EventData<typeof CoordinatorAssigned>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { caseId, coordinatorId, assignedAt } = event.data;
    const current = await manager.findOneBy(CaseAssignment, { caseId });
    if (current && current.assignedAt > new Date(assignedAt)) return;
    await this.tell(manager, event, (ref) => drafts.coordinatorAssigned(ref), coordinatorId);
  }

  private async tell(manager: EntityManager, event: Event<unknown>, make: (reference: string) => NotificationDraft[], coordinatorId?: string): Promise<void> {
    await this.notifications.notify(manager, { id: event.id, time: event.time, caseId: event.data.caseId }, make, coordinatorId);
  }
}
