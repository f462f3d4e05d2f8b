import { centreId } from '@carta/contracts';
import { DomainError, InvalidCriteria, parseCriteria, resolveMarker, TrialCriteria } from '@carta/domain';
import { z } from 'zod';
import { TRIAL_PHASES } from './trial.entity';

/** ClinicalTrials.gov: NCT and eight digits (NCT05277987). */
export const NCT_ID = /^NCT\d{8}$/;
/**
 * ChiCTR numbers as the registry issues them: since 2016 ChiCTR and ten digits, year first
 * (ChiCTR2000029308); before, ChiCTR-<study type, 2–5 letters>-<eight digits> (ChiCTR-IOR-17013555,
 * ChiCTR-TRC-12002346, ChiCTR-TNRC-10001033).
 */
export const CHICTR_ID = /^ChiCTR(?:\d{10}|-[A-Z]{2,5}-\d{8})$/;

export const registryId = z
  .string()
  .refine((id) => NCT_ID.test(id) || CHICTR_ID.test(id), 'must be an NCT number (NCT and 8 digits) or a ChiCTR number (ChiCTR2000029308, ChiCTR-IOR-17013555)');

/** Lists whose entries must differ: the repeated entry is named by its index. */
function distinct<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).superRefine((list, context) => {
    list.forEach((value, index) => {
      if (list.indexOf(value) !== index) context.addIssue({ code: 'custom', path: [index], message: `repeats ${what} listed before` });
    });
  });
}

/**
 * Antigens as registries print them (CD19, BCMA or TNFRSF17, CLDN18.2, EGFRvIII), kept as written and compared
 * by the antigen they name; lower-case `bcma` is refused, not guessed, and so is a name Carta does not know.
 */
const antigen = z
  .string()
  .regex(/^[A-Z0-9][A-Za-z0-9.-]{0,31}$/, 'must be an antigen symbol like CD19, BCMA or CLDN18.2')
  .refine((name) => resolveMarker(name) !== undefined, 'unknown antigen; name it by its official symbol or a name registries use (CD19, BCMA, CLDN18.2)');
const text = (max: number) => z.string().trim().min(1).max(max);
const manufacturingWeeks = z
  .object({ min: z.number().int().min(1).max(26), max: z.number().int().min(1).max(26) })
  .refine((weeks) => weeks.min <= weeks.max, { path: ['max'], message: 'must not be less than min' });

const descriptive = {
  registryIds: distinct(registryId, 'a registry id').min(1).max(5),
  title: text(300),
  phase: z.enum(TRIAL_PHASES).nullable(),
  productType: z.enum(['AUTOLOGOUS', 'ALLOGENEIC']),
  targets: distinct(antigen, 'an antigen').min(1).max(10),
  indications: distinct(text(200), 'an indication').min(1).max(20),
  fundingModels: distinct(z.enum(['SPONSOR_FUNDED', 'PATIENT_PAID']), 'a funding model').min(1),
  /** Participating centres; the owner is always one, listed or not. */
  centreIds: distinct(centreId, 'a centre').max(50),
  manufacturingWeeks: manufacturingWeeks.nullable(),
  deliveries: distinct(z.enum(['INTRAVENOUS', 'INTRATUMORAL']), 'a delivery')
    .min(1)
    .nullable(),
  nmpaIndStatus: text(100).nullable(),
};

export const registerTrialInput = z.object({
  ...descriptive,
  phase: descriptive.phase.optional(),
  centreIds: descriptive.centreIds.optional(),
  manufacturingWeeks: descriptive.manufacturingWeeks.optional(),
  deliveries: descriptive.deliveries.optional(),
  nmpaIndStatus: descriptive.nmpaIndStatus.optional(),
  /** Admins name the owning centre; an office registers for its own. */
  ownerCentreId: centreId.nullish(),
  criteria: z.string().min(2),
});
export type RegisterTrialInput = z.infer<typeof registerTrialInput>;

/** Every descriptive field may change; absent means unchanged, null clears a nullable one. */
export const trialChanges = z
  .object(descriptive)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one field to change');
export type TrialChanges = z.infer<typeof trialChanges>;

/** Autologous products need their manufacturing window (travel plans around it); allogeneic ones have none. */
export function checkProductTerms(trial: { productType: 'AUTOLOGOUS' | 'ALLOGENEIC'; manufacturingWeeks?: { min: number; max: number } | null }): void {
  if (trial.productType === 'AUTOLOGOUS' && !trial.manufacturingWeeks) {
    throw new DomainError('BAD_USER_INPUT', 'manufacturingWeeks: an autologous product needs its manufacturing window', { field: 'manufacturingWeeks' });
  }
  if (trial.productType === 'ALLOGENEIC' && trial.manufacturingWeeks) {
    throw new DomainError('BAD_USER_INPUT', 'manufacturingWeeks: only autologous products are manufactured per patient', { field: 'manufacturingWeeks' });
  }
}

/** The trial's id: its ClinicalTrials.gov number when it has one (as the seeded trials), else its first registry id. */
export function trialIdFor(registryIds: string[]): string {
  return registryIds.find((id) => NCT_ID.test(id)) ?? registryIds[0];
}

/** Criteria JSON as an office sends it, validated by the criteria language and stamped with `version`. */
export function criteriaFrom(criteriaJson: string, version: number): TrialCriteria {
  let parsed: unknown;
  try {
    parsed = JSON.parse(criteriaJson);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'criteria: not valid JSON', { field: 'criteria' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DomainError('BAD_USER_INPUT', 'criteria: must be an object with a criteria list', { field: 'criteria' });
  }
  try {
    return parseCriteria({ ...parsed, version });
  } catch (error) {
    if (error instanceof InvalidCriteria) throw new DomainError('BAD_USER_INPUT', `criteria: ${error.message}`, { field: 'criteria', clause: error.path });
    throw error;
  }
}
