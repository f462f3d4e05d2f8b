import { RECORD_KINDS, RecordKind } from '@carta/contracts';

/** What documents knows of a case's clinical profile, from CaseOpened / CaseProfileChanged. */
export interface CaseProfile {
  icd10: string;
  /** null: not known yet. */
  priorCellularTherapy: boolean | null;
}

/** Whether a record kind applies to a case, and why (shown on the checklist item). */
export interface Requirement {
  required: boolean;
  /** Why it is (or is not) required when that depends on the case; null for kinds every site reads. */
  reason: string | null;
}

export const PRIOR_THERAPY_UNKNOWN = 'whether the patient had a cellular therapy is not known yet';
export const DIAGNOSIS_UNKNOWN = 'the diagnosis is not known here yet';

/**
 * Haematologic malignancies by ICD-10 (docs/domain.md): lymphomas, myeloma and leukaemias (C81–C96)
 * and the myelodysplastic / myeloproliferative neoplasms of uncertain behaviour (D45–D47).
 */
export function isHaematologic(icd10: string): boolean {
  const match = /^([A-Z])(\d{2})/.exec(icd10.toUpperCase());
  if (!match) return false;
  const [, letter, digits] = match;
  const category = Number(digits);
  return (letter === 'C' && category >= 81 && category <= 96) || (letter === 'D' && category >= 45 && category <= 47);
}

/**
 * Which records a site needs for this case. Fails closed: without a profile, or while prior
 * cellular therapy is unknown, the record is required (a site asking for it later costs weeks).
 */
export function recordRequirements(profile: CaseProfile | null): Record<RecordKind, Requirement> {
  const requirements = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { required: true, reason: null }])) as Record<RecordKind, Requirement>;
  if (!profile) {
    requirements.FLOW_CYTOMETRY = { required: true, reason: DIAGNOSIS_UNKNOWN };
  } else if (isHaematologic(profile.icd10)) {
    requirements.FLOW_CYTOMETRY = { required: true, reason: `a blood cancer (${profile.icd10}): sites read antigen expression by flow cytometry` };
  } else {
    requirements.FLOW_CYTOMETRY = { required: false, reason: `a solid tumour (${profile.icd10}): flow cytometry is read in blood cancers only` };
  }
  const prior = profile?.priorCellularTherapy ?? null;
  requirements.PRIOR_CELLULAR_THERAPY =
    prior === null
      ? { required: true, reason: PRIOR_THERAPY_UNKNOWN }
      : prior
        ? { required: true, reason: 'the patient had a cellular therapy (CAR-T, other cell therapy or transplant) before' }
        : { required: false, reason: 'the patient has had no cellular therapy before' };
  return requirements;
}

/**
 * Kinds a coordinator may mark not applicable. Pathology, treatment history and blood panel are what
 * every site screens on (diagnosis, prior lines, fitness): no case goes without them.
 */
export const MAY_BE_NOT_APPLICABLE: readonly RecordKind[] = ['FLOW_CYTOMETRY', 'IMAGING', 'PRIOR_CELLULAR_THERAPY'];

/** Why a kind may not be marked not applicable, or null when it may. */
export function notApplicableRefusal(kind: RecordKind): string | null {
  return MAY_BE_NOT_APPLICABLE.includes(kind)
    ? null
    : `kind: ${kind} is read by every site (diagnosis, prior lines, fitness) and cannot be marked not applicable; only ${MAY_BE_NOT_APPLICABLE.join(', ')} can`;
}
