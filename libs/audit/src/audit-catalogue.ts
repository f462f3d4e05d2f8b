import { hasRole } from '@carta/auth';
import { CASE_STATUSES, PI_DECISIONS } from '@carta/contracts';

/** FHIR AuditEvent.action: Create, Read, Update, Delete, Execute. */
export type FhirAction = 'C' | 'R' | 'U' | 'D' | 'E';

/** What an action does (its FHIR action code) and what kind of object its `targetId` names, if any. */
export interface AuditActionSpec {
  code: FhirAction;
  target?: string;
}

/** `<prefix>.<status in lower case>` for every status, e.g. `case.transition.accepted`. */
function byStatus<P extends string, S extends string>(
  prefix: P,
  statuses: readonly S[],
  spec: AuditActionSpec,
): Record<`${P}.${Lowercase<S>}`, AuditActionSpec> {
  return Object.fromEntries(statuses.map((status) => [`${prefix}.${status.toLowerCase()}`, spec])) as Record<`${P}.${Lowercase<S>}`, AuditActionSpec>;
}

/** The action naming a status change: `statusAction('case.transition', 'ACCEPTED')` is `case.transition.accepted`, typed. */
export function statusAction<P extends string, S extends string>(prefix: P, status: S): `${P}.${Lowercase<S>}` {
  return `${prefix}.${status.toLowerCase()}` as `${P}.${Lowercase<S>}`;
}

/**
 * Every action the audit trail knows, grouped by the service that records it (`platform`: any
 * service). Closed on purpose: a new action is added here, so the compiler refuses free text.
 */
export const AUDIT_CATALOGUE = {
  intake: {
    'case.open': { code: 'C' },
    'case.read': { code: 'R' },
    'patient.read': { code: 'R', target: 'patient' },
    ...byStatus('case.transition', CASE_STATUSES, { code: 'U' }),
    'case.assign-coordinator': { code: 'U' },
    'case.add-companion': { code: 'C', target: 'companion' },
    'case.update-companion': { code: 'U', target: 'companion' },
    'case.remove-companion': { code: 'D', target: 'companion' },
    'patient.update': { code: 'U', target: 'patient' },
    'case.record-home-review': { code: 'U' },
    'case.update-profile': { code: 'U' },
    /** A case shown in a list (`cases`): one record per case on each page served. */
    'case.list': { code: 'R' },
    'consent.record': { code: 'C', target: 'consent' },
    'consent.withdraw': { code: 'U', target: 'consent' },
    'consent.read': { code: 'R' },
  },
  documents: {
    'document.upload-request': { code: 'C', target: 'document-version' },
    ...byStatus('document', ['VERIFIED', 'REJECTED', 'QUARANTINED'] as const, { code: 'U', target: 'document-version' }),
    'document.download': { code: 'R', target: 'document-version' },
    'document.delete': { code: 'D', target: 'document' },
    'document.list': { code: 'R' },
    'checklist.read': { code: 'R' },
    'checklist.mark-not-applicable': { code: 'U', target: 'checklist-item' },
    'checklist.clear-not-applicable': { code: 'U', target: 'checklist-item' },
  },
  eligibility: {
    'referral.submit': { code: 'C', target: 'referral' },
    ...byStatus('referral', PI_DECISIONS, { code: 'U', target: 'referral' }),
    /** Whole-summary writes, before facts were recorded one at a time: kept so older records still read. */
    'summary.update': { code: 'U' },
    'summary.fact-add': { code: 'C', target: 'summary-fact' },
    /** The target is the new row, which supersedes the corrected one. */
    'summary.fact-correct': { code: 'U', target: 'summary-fact' },
    'summary.fact-retract': { code: 'D', target: 'summary-fact' },
    'assessment.record': { code: 'C', target: 'criterion-assessment' },
    'summary.read': { code: 'R' },
    /** The summary exported as a FHIR R4 / mCODE Bundle (Case.oncologySummaryFhir). */
    'summary.fhir-export': { code: 'R' },
    'screening.read': { code: 'R' },
  },
  centres: {
    'centre.update-profile': { code: 'U', target: 'centre' },
    'trial.register': { code: 'C', target: 'trial' },
    /** Registration details or participating centres; criteria and recruitment have their own actions. */
    'trial.update': { code: 'U', target: 'trial' },
    'trial.criteria-change': { code: 'U', target: 'trial' },
    /** One site's recruitment, set by that site's office. */
    'trial.recruiting-change': { code: 'U', target: 'trial' },
    /** One site's principal investigator, set by that site's office. */
    'trial.investigator-change': { code: 'U', target: 'trial' },
  },
  travel: {
    'journey.manufacturing-delay': { code: 'U' },
    'journey.arrival': { code: 'U' },
    'journey.calendar-download': { code: 'R' },
    /** The family's calendar subscription: a long-lived capability URL, created, revoked, and fetched by calendar apps. */
    'journey.calendar-subscribe': { code: 'C', target: 'calendar-subscription' },
    'journey.calendar-revoke': { code: 'U', target: 'calendar-subscription' },
    'journey.calendar-fetch': { code: 'R', target: 'calendar-subscription' },
    'invitation-letter.request': { code: 'C', target: 'invitation-letter' },
    'invitation-letter.issue': { code: 'U', target: 'invitation-letter' },
    'invitation-letter.read': { code: 'R', target: 'invitation-letter' },
    'invitation-letter.download': { code: 'R', target: 'invitation-letter' },
    /** A draft of the letter shown before issue: it prints names and passports. */
    'invitation-letter.preview': { code: 'R', target: 'invitation-letter' },
    /** A corrected letter issued as the next version; the target is the new letter. */
    'invitation-letter.reissue': { code: 'C', target: 'invitation-letter' },
    'visa-application.open': { code: 'C', target: 'visa-application' },
    ...byStatus('visa-application', ['SUBMITTED', 'GRANTED', 'REFUSED'] as const, { code: 'U', target: 'visa-application' }),
    'visa-application.read': { code: 'R' },
    'visa-route.set': { code: 'U', target: 'visa-route' },
    'traveller.add': { code: 'C', target: 'traveller' },
    'traveller.renew-passport': { code: 'U', target: 'traveller' },
    'traveller.read': { code: 'R' },
  },
  billing: {
    'estimate.prepare': { code: 'C', target: 'cost-estimate' },
    'estimate.accept': { code: 'U', target: 'cost-estimate' },
    'estimate.download': { code: 'R', target: 'cost-estimate' },
    'invoice.issue': { code: 'C', target: 'invoice' },
    'invoice.download': { code: 'R', target: 'invoice' },
    'billing.read': { code: 'R' },
    'payment.record': { code: 'C', target: 'payment' },
    'refund.record': { code: 'C', target: 'refund' },
    'tariff.set': { code: 'U', target: 'tariff' },
  },
  platform: {
    /** An admin read this service's part of a case's audit trail. */
    'audit.read': { code: 'R' },
    /** A role refused by the identity guard; the target is the GraphQL field (`Query.auditTrail`). */
    'graphql.denied': { code: 'E', target: 'graphql-field' },
    /** CaseAccess refusals, one per rule; the target says what was asked for. */
    'case-data.read': { code: 'R', target: 'data-category' },
    'centre-record.read': { code: 'R', target: 'centre' },
    'case.write': { code: 'U' },
    'documents.fetch': { code: 'R' },
    'finances.read': { code: 'R' },
  },
} as const satisfies Record<string, Record<string, AuditActionSpec>>;

type Catalogue = typeof AUDIT_CATALOGUE;
export type AuditAction = { [Group in keyof Catalogue]: keyof Catalogue[Group] & string }[keyof Catalogue];

const SPECS = new Map<string, AuditActionSpec>(Object.values(AUDIT_CATALOGUE).flatMap((group) => Object.entries(group as Record<string, AuditActionSpec>)));

/** The spec of a known action; undefined for rows written before the catalogue (free text). */
export function auditActionSpec(action: string): AuditActionSpec | undefined {
  return SPECS.get(action);
}

export const AUDIT_OUTCOMES = ['ALLOWED', 'DENIED'] as const;
/**
 * ALLOWED: the act happened (its record committed with it). DENIED: an access rule or a role
 * refused it (recorded in its own transaction). A write that fails for another reason (a
 * CONFLICT, bad input) rolls back with its record: nothing was disclosed or changed.
 */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_PURPOSES = ['CARE_COORDINATION', 'TEAM_COVER', 'REFERRAL_REVIEW', 'ADMINISTRATION', 'ANALYTICS'] as const;
export type AuditPurpose = (typeof AUDIT_PURPOSES)[number];

/**
 * Why someone acted, from who they are: admins administer, offices review referrals, coordinators
 * coordinate care — or cover for a colleague when the case is assigned to someone else — and
 * analysts (who read event streams, never case data) can only appear here refused.
 */
export function purposeOf(actor: { roles: readonly string[] }, readsForTeamCover: boolean): AuditPurpose {
  if (hasRole(actor, 'admin')) return 'ADMINISTRATION';
  if (hasRole(actor, 'coordinator')) return readsForTeamCover ? 'TEAM_COVER' : 'CARE_COORDINATION';
  if (hasRole(actor, 'hospital_office')) return 'REFERRAL_REVIEW';
  return 'ANALYTICS';
}
