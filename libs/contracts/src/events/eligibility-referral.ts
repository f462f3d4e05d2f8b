import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { centreId, uuid } from '../values';

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
    submittedAt: z.iso.datetime({ offset: true }),
  }),
});
