import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { centreId, dayRange, productType } from '../values';

/** Everything eligibility needs to screen against a trial; every trial event carries it whole. */
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
  recruiting: z.boolean(),
  openSlots: z.number().int().min(0),
  /** Versioned criteria data, validated by the criteria language (libs/domain). */
  criteria: z.object({ version: z.number().int().positive(), criteria: z.array(z.unknown()).min(1) }),
  changedAt: z.iso.datetime({ offset: true }),
});

export const TrialOpened = defineEvent({
  type: 'carta.centres.trial.opened.v1',
  topic: Topics.centresTrial,
  aggregateIdField: 'trialId',
  description: 'A trial is recruiting (first published, or reopened).',
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
  description: 'A trial stopped recruiting.',
  schema: trialSnapshot,
});
