import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { centreId, instant, isoDate, uuid } from '../values';

export const ReferralSubmitted = defineEvent({
  type: 'carta.eligibility.referral.submitted.v1',
  topic: Topics.eligibilityReferral,
  aggregateIdField: 'caseId',
  description: "A coordinator submitted a case to a centre's trial; that centre's office may now see the case.",
  schema: z.object({
    referralId: uuid,
    caseId: uuid,
    centreId,
    trialId: z.string().min(1),
    submittedAt: instant,
  }),
});

export const PI_DECISIONS = ['ACCEPTED', 'DECLINED', 'MORE_INFORMATION_REQUESTED'] as const;

export const PiDecisionRecorded = defineEvent({
  type: 'carta.eligibility.referral.decided.v1',
  topic: Topics.eligibilityReferral,
  aggregateIdField: 'caseId',
  description: "The centre's office recorded the principal investigator's decision on a referral.",
  schema: z.object({
    referralId: uuid,
    caseId: uuid,
    centreId,
    trialId: z.string().min(1),
    decision: z.enum(PI_DECISIONS),
    reason: z.string().max(1000).optional(),
    decidedAt: instant,
  }),
});

export const ReferralReviewOverdue = defineEvent({
  type: 'carta.eligibility.referral.review-overdue.v1',
  topic: Topics.eligibilityReferral,
  aggregateIdField: 'caseId',
  description: 'A referral passed its review deadline without a PI decision.',
  schema: z.object({ referralId: uuid, caseId: uuid, centreId, trialId: z.string().min(1), dueOn: isoDate, noticedAt: instant }),
});
