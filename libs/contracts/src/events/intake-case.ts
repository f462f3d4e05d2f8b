import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { birthYearMonth, icd10Code, instant, pseudonymousPatientId, uuid } from '../values';

/** A case's short reference: `CA-` and six characters of Crockford's base32 (no I, L, O, U). */
export const CASE_REFERENCE = /^CA-[0-9A-HJKMNP-TV-Z]{6}$/;

export const CaseOpened = defineEvent({
  type: 'carta.intake.case.opened.v1',
  topic: Topics.intakeCase,
  aggregateIdField: 'caseId',
  description: 'A coordinator opened a case for a patient (identified only by pseudonym).',
  schema: z.object({
    caseId: uuid,
    patientId: pseudonymousPatientId,
    diagnosis: z.object({ icd10: icd10Code, description: z.string().min(1).max(200) }),
    coordinatorId: z.string().min(1),
    openedAt: instant,
    /** Year and month only (never the exact date): enough to derive age at any screening date, to within a month. */
    birthYearMonth: birthYearMonth.optional(),
    /** Whether the patient has had a cellular therapy before (null: not known yet); the checklist follows it. */
    priorCellularTherapy: z.boolean().nullable().optional(),
    /** The case's short, random, non-identifying reference (e.g. CA-7K3F9Q) people quote; added later: optional. */
    reference: z.string().regex(CASE_REFERENCE).optional(),
  }),
});

/** The case lifecycle (see the case state machine in intake). */
export const CASE_STATUSES = [
  'NEW',
  'COLLECTING_RECORDS',
  'READY_FOR_SCREENING',
  'SUBMITTED',
  'ACCEPTED',
  'DECLINED',
  'TRAVEL_PLANNING',
  'IN_TREATMENT',
  'FOLLOW_UP',
  'CLOSED',
  'WITHDRAWN',
] as const;
export const caseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatus>;

export const CaseStatusChanged = defineEvent({
  type: 'carta.intake.case.status-changed.v1',
  topic: Topics.intakeCase,
  aggregateIdField: 'caseId',
  description: "A case moved in its lifecycle, by a coordinator or on another service's event.",
  schema: z.object({ caseId: uuid, from: caseStatus, to: caseStatus, reason: z.string().max(500).optional(), changedAt: instant }),
});

export const CoordinatorAssigned = defineEvent({
  type: 'carta.intake.case.coordinator-assigned.v1',
  topic: Topics.intakeCase,
  aggregateIdField: 'caseId',
  description: 'A case got a (new) coordinator.',
  schema: z.object({ caseId: uuid, coordinatorId: z.string().min(1), assignedAt: instant }),
});

export const CaseProfileChanged = defineEvent({
  type: 'carta.intake.case.profile-changed.v1',
  topic: Topics.intakeCase,
  aggregateIdField: 'caseId',
  description: "A case's clinical profile was corrected: its diagnosis or whether the patient had a cellular therapy before (null: not known).",
  schema: z.object({
    caseId: uuid,
    diagnosis: z.object({ icd10: icd10Code, description: z.string().min(1).max(200) }),
    priorCellularTherapy: z.boolean().nullable(),
    changedAt: instant,
  }),
});
