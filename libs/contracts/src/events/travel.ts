import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { centreId, dayRange, instant, isoDate, productType, uuid } from '../values';

export const InvitationLetterRequested = defineEvent({
  type: 'carta.travel.invitation-letter.requested.v1',
  topic: Topics.travelInvitationLetter,
  aggregateIdField: 'caseId',
  description: 'A centre accepted the case: its international office is asked for the visa invitation letter.',
  schema: z.object({ letterId: uuid, caseId: uuid, centreId, trialId: z.string().min(1), requestedAt: instant }),
});

export const InvitationLetterIssued = defineEvent({
  type: 'carta.travel.invitation-letter.issued.v1',
  topic: Topics.travelInvitationLetter,
  aggregateIdField: 'caseId',
  description:
    "The centre's office issued the invitation letter (its PDF is stored; names stay out of the event). A re-issue is a new letter with the next version, superseding the one it names.",
  schema: z.object({
    letterId: uuid,
    caseId: uuid,
    centreId,
    companions: z.number().int().min(0).max(2),
    validUntil: isoDate,
    issuedAt: instant,
    /** 1 for a first issue; a correction re-issued while the last was valid counts on (added later: optional). */
    version: z.number().int().positive().optional(),
    /** A re-issue: the letter this one replaces, kept but no longer valid (added later: optional). */
    supersedesLetterId: uuid.optional(),
  }),
});

export const InvitationLetterExpired = defineEvent({
  type: 'carta.travel.invitation-letter.expired.v1',
  topic: Topics.travelInvitationLetter,
  aggregateIdField: 'caseId',
  description: 'An issued invitation letter passed its validity: a consulate will no longer take it.',
  schema: z.object({ letterId: uuid, caseId: uuid, centreId, validUntil: isoDate, noticedAt: instant }),
});

export const VISA_APPLICANT_ROLES = ['PATIENT', 'COMPANION'] as const;
export const VISA_STATUSES = ['PREPARING', 'SUBMITTED', 'GRANTED', 'REFUSED'] as const;
const visaStatus = z.enum(VISA_STATUSES);

export const VisaApplicationOpened = defineEvent({
  type: 'carta.travel.visa-application.opened.v1',
  topic: Topics.travelVisaApplication,
  aggregateIdField: 'caseId',
  description: 'A visa application was opened for the patient or a companion, in the category its route gives.',
  schema: z.object({
    applicationId: uuid,
    caseId: uuid,
    applicantRole: z.enum(VISA_APPLICANT_ROLES),
    category: z.string().min(1).max(20),
    plannedArrival: isoDate,
    plannedDeparture: isoDate,
    openedAt: instant,
  }),
});

export const VisaApplicationStatusChanged = defineEvent({
  type: 'carta.travel.visa-application.status-changed.v1',
  topic: Topics.travelVisaApplication,
  aggregateIdField: 'caseId',
  description: 'A visa application was submitted to the consulate, granted or refused.',
  schema: z.object({
    applicationId: uuid,
    caseId: uuid,
    applicantRole: z.enum(VISA_APPLICANT_ROLES),
    from: visaStatus,
    to: visaStatus,
    validUntil: isoDate.optional(),
    changedAt: instant,
  }),
});

const dateWindow = z.object({ earliest: isoDate, latest: isoDate });

export const TreatmentTimelinePlanned = defineEvent({
  type: 'carta.travel.timeline.planned.v1',
  topic: Topics.travelTimeline,
  aggregateIdField: 'caseId',
  description: 'The treatment timeline was planned, or re-planned because a fact changed (a manufacturing delay, a visa refusal).',
  schema: z.object({
    caseId: uuid,
    revision: z.number().int().positive(),
    centreId,
    trialId: z.string().min(1),
    productType,
    milestones: z.array(z.object({ name: z.string().min(1), start: dateWindow, end: dateWindow })).min(1),
    infusion: dateWindow,
    firstContactToInfusionDays: dayRange,
    /** Days from apheresis to a product ready to infuse (null: allogeneic, nothing to wait for). */
    manufacturingWaitDays: dayRange.nullable(),
    monitoringDays: dayRange,
    hotelMonitoringAfterDay14: z.boolean(),
    reason: z.string().min(1).max(300),
    plannedAt: instant,
  }),
});

export const PatientArrived = defineEvent({
  type: 'carta.travel.timeline.patient-arrived.v1',
  topic: Topics.travelTimeline,
  aggregateIdField: 'caseId',
  description: 'The patient arrived at the centre: treatment begins.',
  schema: z.object({ caseId: uuid, centreId, arrivedOn: isoDate, recordedAt: instant }),
});
