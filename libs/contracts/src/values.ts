import { z } from 'zod';

/** The six record kinds a site needs before it will screen a case (docs/domain.md). */
export const RECORD_KINDS = ['PATHOLOGY_REPORT', 'FLOW_CYTOMETRY', 'TREATMENT_HISTORY', 'BLOOD_PANEL', 'IMAGING', 'PRIOR_CELLULAR_THERAPY'] as const;
export const recordKind = z.enum(RECORD_KINDS);

/** Documents that support a case without being one of the six records. */
export const SUPPORTING_KINDS = ['CONSENT_FORM', 'PASSPORT', 'INVITATION_LETTER', 'OTHER'] as const;
export const DOCUMENT_KINDS = [...RECORD_KINDS, ...SUPPORTING_KINDS] as const;
export const documentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKind>;
export type RecordKind = z.infer<typeof recordKind>;

export const uuid = z.uuid();
/** Pseudonymous patient id: events never carry names, passports, contacts or exact birth dates. */
export const pseudonymousPatientId = z.string().regex(/^pt_[a-z0-9]{12,32}$/, 'must be a pseudonymous id like pt_…');
/** A birth year and month (YYYY-MM): what events may carry of a birth date. */
export const birthYearMonth = z.string().regex(/^(18|19|20)[0-9]{2}-(0[1-9]|1[0-2])$/, 'must be a year and month like 1968-03');
export const centreId = z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be a centre code like puth');
/** An ICD-10 code as the WHO prints it: a letter, two digits, an optional dot and up to four more (C16.9, C83.30). */
export const ICD10_PATTERN = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
export const icd10Code = z.string().regex(ICD10_PATTERN, 'must be an ICD-10 code like C16.9');
/** A passport number as its machine-readable zone prints it. */
export const PASSPORT_NUMBER_PATTERN = /^[A-Z0-9]{5,20}$/;
export const passportNumber = z.string().trim().regex(PASSPORT_NUMBER_PATTERN, 'must be 5–20 capital letters or digits');
/** A nationality, as the passport states it: ISO 3166-1 alpha-3. */
export const NATIONALITY_PATTERN = /^[A-Z]{3}$/;
export const nationalityCode = z.string().regex(NATIONALITY_PATTERN, 'must be an ISO 3166-1 alpha-3 code like GBR');
/** A telephone number in international form: + and the country code, digits and spaces. */
export const PHONE_PATTERN = /^\+[0-9 ]{6,20}$/;
export const phoneNumber = z.string().regex(PHONE_PATTERN, 'must be an international number like +44 20 7946 0000');

/** How complete a case's six records are: it sets the PI's expected response time. */
export const COMPLETENESS = ['COMPLETE', 'PARTIAL', 'INCOMPLETE'] as const;
export const checklistCompleteness = z.enum(COMPLETENESS);
export type Completeness = z.infer<typeof checklistCompleteness>;

/**
 * Years a Carta event can truthfully name (births of the oldest living, plans into the next century): a
 * syntactically valid "0000-01-01" is refused here rather than by whichever consumer cannot store it.
 */
const PLAUSIBLE_YEAR = /^(18|19|20|21)\d{2}-/;
/** Any real day of the calendar (2026-02-30 is not): what day arithmetic accepts. */
export const calendarDay = z.iso.date();
/** A travel or clinical calendar day on the wire. */
export const isoDate = calendarDay.regex(PLAUSIBLE_YEAR, 'must be a day between 1800 and 2199');
export const instant = z.iso.datetime({ offset: true }).regex(PLAUSIBLE_YEAR, 'must be an instant between 1800 and 2199');

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code');
/** Money on the wire: integer minor units as a decimal string (exact beyond 2^53) and an ISO 4217 code. */
export const moneyAmount = z.object({
  minor: z.string().regex(/^-?\d+$/, 'must be integer minor units'),
  currency: currencyCode,
});

export const productType = z.enum(['AUTOLOGOUS', 'ALLOGENEIC']);
export const dayRange = z
  .object({ min: z.number().int().min(0), max: z.number().int().min(0) })
  .refine((range) => range.min <= range.max, 'min must not exceed max');
