import { z } from 'zod';

/** The six record kinds a site needs before it will screen a case (DOMAIN.md). */
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
export const centreId = z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be a centre code like puth');
export const icd10Code = z.string().regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10 code like C16.9');

/** A travel or clinical calendar day. */
export const isoDate = z.iso.date();
export const instant = z.iso.datetime({ offset: true });

/** Money on the wire: integer minor units as a decimal string (exact beyond 2^53) and an ISO 4217 code. */
export const moneyAmount = z.object({
  minor: z.string().regex(/^-?\d+$/, 'must be integer minor units'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
});

export const productType = z.enum(['AUTOLOGOUS', 'ALLOGENEIC']);
export const dayRange = z
  .object({ min: z.number().int().min(0), max: z.number().int().min(0) })
  .refine((range) => range.min <= range.max, 'min must not exceed max');
