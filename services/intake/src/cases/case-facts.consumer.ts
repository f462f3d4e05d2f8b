import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, ChecklistEvaluated, EventData, PiDecisionRecorded, ReferralReviewOverdue, ReferralSubmitted } from '@carta/contracts';
import { dayOf, reviewDueOn } from '@carta/domain';
import { HandlerContext } from '@carta/messaging';
import { quotedTableOf } from '@carta/persistence';
import { CaseChecklist, CaseReview } from './case-facts.entity';

/** Keeps what the case list shows and filters on: each referral's review and the checklist's state. */
@Controller()
export class CaseFactsConsumer {
  @EventPattern(ReferralSubmitted.type)
  async onReferralSubmitted(@Payload() event: CartaEvent<EventData<typeof ReferralSubmitted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { referralId, caseId, centreId, submittedAt } = event.data;
    // Eligibility's rule on the completeness it saw: both follow the same ChecklistEvaluated events.
    const completeness = (await manager.findOneBy(CaseChecklist, { caseId }))?.completeness ?? 'INCOMPLETE';
    const dueOn = reviewDueOn(completeness, dayOf(new Date(submittedAt)));
    // A decision or overdue notice that overtook the submission already made the row: keep it.
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseReview)
      .values({ referralId, caseId, centreId, dueOn, decidedAt: null, overdueNoticedAt: null })
      .orIgnore()
      .execute();
  }

  @EventPattern(PiDecisionRecorded.type)
  async onPiDecision(@Payload() event: CartaEvent<EventData<typeof PiDecisionRecorded>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { referralId, caseId, centreId, decidedAt } = event.data;
    const decided = new Date(decidedAt);
    const known = await manager.findOneBy(CaseReview, { referralId });
    if (known) await manager.update(CaseReview, referralId, { decidedAt: decided });
    else await manager.insert(CaseReview, { referralId, caseId, centreId, dueOn: dayOf(decided), decidedAt: decided, overdueNoticedAt: null });
  }

  @EventPattern(ReferralReviewOverdue.type)
  async onReviewOverdue(@Payload() event: CartaEvent<EventData<typeof ReferralReviewOverdue>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { referralId, caseId, centreId, dueOn, noticedAt } = event.data;
    const known = await manager.findOneBy(CaseReview, { referralId });
    // Eligibility's own deadline wins over the one intake worked out.
    if (known) await manager.update(CaseReview, referralId, { dueOn, overdueNoticedAt: new Date(noticedAt) });
    else await manager.insert(CaseReview, { referralId, caseId, centreId, dueOn, decidedAt: null, overdueNoticedAt: new Date(noticedAt) });
  }

  /** Set-based (`batch`): one statement for a batch. Evaluations can arrive out of order on redelivery: the newest stands. */
  @EventPattern(ChecklistEvaluated.type, { batch: true })
  async onChecklistsEvaluated(@Payload() events: CartaEvent<EventData<typeof ChecklistEvaluated>>[], @Ctx() { manager }: HandlerContext): Promise<void> {
    const newest = new Map<string, EventData<typeof ChecklistEvaluated>>();
    for (const { data } of events) {
      const known = newest.get(data.caseId);
      if (!known || new Date(known.evaluatedAt) < new Date(data.evaluatedAt)) newest.set(data.caseId, data);
    }
    await manager.query(
      `INSERT INTO ${quotedTableOf(manager, CaseChecklist)} AS known ("case_id", "completeness", "stale", "evaluated_at")
       SELECT case_id, completeness, ARRAY(SELECT jsonb_array_elements_text(stale)), evaluated_at
       FROM jsonb_to_recordset($1::jsonb) AS batch(case_id uuid, completeness text, stale jsonb, evaluated_at timestamptz)
       ON CONFLICT ("case_id") DO UPDATE SET "completeness" = EXCLUDED."completeness", "stale" = EXCLUDED."stale", "evaluated_at" = EXCLUDED."evaluated_at"
       WHERE known."evaluated_at" < EXCLUDED."evaluated_at"`,
      [
        JSON.stringify(
          [...newest.values()].map(({ caseId, completeness, stale, evaluatedAt }) => ({
            case_id: caseId,
            completeness,
            stale,
            evaluated_at: new Date(evaluatedAt).toISOString(),
          })),
        ),
      ],
    );
  }
}
