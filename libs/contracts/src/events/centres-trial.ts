import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { centreId, dayRange, instant, productType } from '../values';

/** One participating centre's own recruitment (each site keeps its own flag and slots). */
export const trialSite = z.object({
  centreId,
  recruiting: z.boolean(),
  openSlots: z.number().int().min(0),
  /** The site's principal investigator as letters print them (added later: optional). */
  principalInvestigator: z
    .object({ name: z.string().min(1).max(200), nameZh: z.string().min(1).max(100).nullable() })
    .nullable()
    .optional(),
});

/**
 * Everything eligibility needs to screen against a trial; every trial event carries it whole.
 * Fields added after v1 shipped are optional (an additive, non-breaking change); a consumer meeting
 * an old snapshot without `sites` falls back to the trial-wide `recruiting`.
 */
export const trialSnapshot = z.object({
  trialId: z.string().min(1),
  registryIds: z.array(z.string().min(1)).min(1),
  title: z.string().min(1),
  centreIds: z.array(centreId).min(1),
  targets: z.array(z.string().min(1)).min(1),
  productType,
  /** Autologous products: weeks from apheresis to a product ready to infuse (added later: optional, so not a breaking change). */
  manufacturingWeeks: dayRange.nullable().optional(),
  fundingModels: z.array(z.enum(['SPONSOR_FUNDED', 'PATIENT_PAID'])).min(1),
  /** Recruiting at any site. */
  recruiting: z.boolean(),
  /** Open slots summed over the recruiting sites. */
  openSlots: z.number().int().min(0),
  /** ClinicalTrials.gov-style phase (EARLY_PHASE_1 … PHASE_4, NOT_APPLICABLE); null until recorded. */
  phase: z.string().min(1).nullable().optional(),
  indications: z.array(z.string().min(1)).optional(),
  /** The lead site, whose office keeps the criteria. */
  ownerCentreId: centreId.optional(),
  /** One entry per participating centre (every centre of centreIds). */
  sites: z.array(trialSite).optional(),
  /** The subject who wrote the current criteria version ("seed" for seeded and migrated trials). */
  criteriaChangedBy: z.string().min(1).optional(),
  /** Versioned criteria data, validated by the criteria language (libs/domain). */
  criteria: z.object({ version: z.number().int().positive(), criteria: z.array(z.unknown()).min(1) }),
  changedAt: instant,
});

export const TrialOpened = defineEvent({
  type: 'carta.centres.trial.opened.v1',
  topic: Topics.centresTrial,
  aggregateIdField: 'trialId',
  description: 'A trial is recruiting at some site (first published, or reopened after no site recruited).',
  schema: trialSnapshot,
});

export const TrialRegistered = defineEvent({
  type: 'carta.centres.trial.registered.v1',
  topic: Topics.centresTrial,
  aggregateIdField: 'trialId',
  description: "A centre's office registered a trial; its sites start closed until each office opens its own.",
  schema: trialSnapshot,
});

export const TrialUpdated = defineEvent({
  type: 'carta.centres.trial.updated.v1',
  topic: Topics.centresTrial,
  aggregateIdField: 'trialId',
  description:
    "A trial's registration (title, phase, targets, indications, participating centres …) or one site's recruitment changed, without the trial opening or closing as a whole.",
  schema: trialSnapshot,
});

export const TrialCriteriaChanged = defineEvent({
  type: 'carta.centres.trial.criteria-changed.v1',
  topic: Topics.centresTrial,
  aggregateIdField: 'trialId',
  description: "A trial's eligibility criteria have a new version: cases screened against it are re-screened.",
  schema: trialSnapshot,
});

export const TrialClosed = defineEvent({
  type: 'carta.centres.trial.closed.v1',
  topic: Topics.centresTrial,
  aggregateIdField: 'trialId',
  description: 'A trial stopped recruiting at its last recruiting site.',
  schema: trialSnapshot,
});
