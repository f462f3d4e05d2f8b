import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { centreId, instant, uuid } from '../values';

/** What a consent may cover. GENOMIC results are also held back from export (HGR rules). */
export const DATA_CATEGORIES = ['IDENTITY', 'CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IMAGING', 'GENOMIC', 'TRAVEL', 'FINANCIAL'] as const;
export const dataCategory = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof dataCategory>;

export const CONSENT_PURPOSES = ['ELIGIBILITY_REVIEW', 'TREATMENT', 'TRAVEL_ARRANGEMENTS', 'BILLING'] as const;
export const consentPurpose = z.enum(CONSENT_PURPOSES);

/** Cross-border direction of the transfer (PIPL art. 38–39 need a separate consent for it). */
export const TRANSFER_DIRECTIONS = ['TO_CHINA', 'FROM_CHINA'] as const;
export const transferDirection = z.enum(TRANSFER_DIRECTIONS);

export const ConsentGranted = defineEvent({
  type: 'carta.intake.consent.granted.v1',
  topic: Topics.intakeConsent,
  aggregateIdField: 'caseId',
  description: "The patient consented to share the listed categories of a case's data with one centre.",
  schema: z.object({
    consentId: uuid,
    caseId: uuid,
    centreId,
    purpose: consentPurpose,
    categories: z.array(dataCategory).min(1),
    direction: transferDirection,
    grantedAt: instant,
  }),
});

export const ConsentWithdrawn = defineEvent({
  type: 'carta.intake.consent.withdrawn.v1',
  topic: Topics.intakeConsent,
  aggregateIdField: 'caseId',
  description: 'The patient withdrew a consent: every service stops showing that case to that centre.',
  schema: z.object({ consentId: uuid, caseId: uuid, centreId, withdrawnAt: instant }),
});
