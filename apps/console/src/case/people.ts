import type { ConsentPurpose, DataCategory, TransferDirection } from '../gql/graphql';

// Pure helpers of the people-and-consent forms (unit-tested beside).

/** A passport number shown on screen: only its last four characters (the rest is not needed to recognise it). */
export function maskPassport(number: string | null | undefined): string | null {
  if (!number) return null;
  const visible = number.slice(-4);
  return `${'•'.repeat(Math.max(number.length - 4, 4))}${visible}`;
}

/** A form's text: trimmed, and empty as null (the API clears an optional field given null). */
export function blankAsNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Only the fields a person changed, as the API's "changes" inputs take them (a field left out is kept;
 * null clears it). `keep` names fields whose empty input means "keep what is on file" (a passport
 * number never shown in full, so never pre-filled).
 */
export function changedFields<T extends Record<string, string>>(before: T, after: T, keep: readonly (keyof T)[] = []): Partial<Record<keyof T, string | null>> {
  const changes: Partial<Record<keyof T, string | null>> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const next = blankAsNull(after[key]);
    if (next === null && keep.includes(key)) continue;
    if (next !== blankAsNull(before[key])) changes[key] = next;
  }
  return changes;
}

/** Prior cellular therapy as a form's select holds it ('' = not known) and as the API takes it. */
export type PriorTherapyChoice = 'YES' | 'NO' | 'UNKNOWN';
export const priorTherapyChoice = (value: boolean | null | undefined): PriorTherapyChoice => (value === true ? 'YES' : value === false ? 'NO' : 'UNKNOWN');
export const priorTherapyValue = (choice: PriorTherapyChoice): boolean | null => (choice === 'YES' ? true : choice === 'NO' ? false : null);

/** The API's consent enums, in the order the form offers them (case-i18n.spec checks each has a name). */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['ELIGIBILITY_REVIEW', 'TREATMENT', 'TRAVEL_ARRANGEMENTS', 'BILLING'];
export const DATA_CATEGORIES: readonly DataCategory[] = ['IDENTITY', 'CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IMAGING', 'GENOMIC', 'TRAVEL', 'FINANCIAL'];
export const TRANSFER_DIRECTIONS: readonly TransferDirection[] = ['TO_CHINA', 'FROM_CHINA'];
