import { nationalityCode, passportNumber, phoneNumber } from '@carta/contracts';
import { badInput } from '@carta/domain';
import { unprintableCharacters } from '@carta/pdf';
import { birthDate, parseInput, passportExpiry, personName } from '@carta/service-kit';
import { z } from 'zod';

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text the invitation letter, the visa forms and the invoices will print: refused at entry when the
 * papers' typeface cannot draw a character (naming its code point, never echoing the text), so it
 * never fails later at a hospital office.
 */
const printable = <S extends z.ZodType<string>>(schema: S) =>
  schema.superRefine((text, context) => {
    const missing = unprintableCharacters(text);
    if (missing.length > 0)
      context.addIssue({
        code: 'custom',
        message: `${missing.map(codePoint).join(', ')} cannot be printed on the invitation letter or invoices; write it as the passport's machine-readable zone does`,
      });
  });

/** A name as the passport's data page prints it in Latin letters (the visa and the letter must match it), printable. */
export const passportName = printable(
  personName.regex(/^[\p{Script=Latin}' .-]+$/u, "must be written in Latin letters, as the passport's data page prints them"),
);
const relationship = printable(z.string().trim().min(1).max(50));

const passportAfterBirth = (person: { birthDate?: string | null; passportExpiry?: string | null }) =>
  !person.passportExpiry || !person.birthDate || person.passportExpiry > person.birthDate;
const afterBirth = { message: 'must be after the date of birth', path: ['passportExpiry'] };

const patientFields = {
  givenName: passportName,
  familyName: passportName,
  birthDate,
  nationality: nationalityCode,
  passportNumber: passportNumber.nullish(),
  passportExpiry: passportExpiry.nullish(),
  email: z.email().nullish(),
  phone: phoneNumber.nullish(),
};

/** A new patient, entered once at openCase: every later paper prints these. */
export const patientDetails = z.object(patientFields).refine(passportAfterBirth, afterBirth);
export type PatientDetails = z.infer<typeof patientDetails>;

const companionFields = {
  givenName: passportName,
  familyName: passportName,
  birthDate,
  nationality: nationalityCode,
  relationship,
  passportNumber: passportNumber.nullish(),
  passportExpiry: passportExpiry.nullish(),
};
const companion = z.object(companionFields).refine(passportAfterBirth, afterBirth);

/** A correction: only the fields given change; `null` clears an optional one (a passport no longer valid, an old e-mail). */
const patientChanges = z.object({
  ...patientFields,
  givenName: passportName.optional(),
  familyName: passportName.optional(),
  birthDate: birthDate.optional(),
  nationality: nationalityCode.optional(),
});
const companionChanges = z.object({
  ...companionFields,
  givenName: passportName.optional(),
  familyName: passportName.optional(),
  birthDate: birthDate.optional(),
  nationality: nationalityCode.optional(),
  relationship: relationship.optional(),
});

export type PatientChanges = z.infer<typeof patientChanges>;
export type CompanionChanges = z.infer<typeof companionChanges>;
export interface CompanionDetails {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  relationship: string;
  passportNumber: string | null;
  passportExpiry: string | null;
}

/** A companion as stored: a passport not yet known is null. */
export function parseCompanion(input: unknown): CompanionDetails {
  const parsed = parseInput(z.object({ companion }), { companion: input }).companion;
  return { ...parsed, passportNumber: parsed.passportNumber ?? null, passportExpiry: parsed.passportExpiry ?? null };
}

/** Field names are prefixed as the caller sent them (`patient.familyName`), so a refusal names the field. */
export const parsePatientChanges = (input: unknown): PatientChanges => parseInput(z.object({ patient: patientChanges }), { patient: input }).patient;
export const parseCompanionChanges = (input: unknown): CompanionChanges =>
  parseInput(z.object({ companion: companionChanges }), { companion: input }).companion;

/** After a correction is merged, the record as a whole must still hold together. */
export function checkPassportAfterBirth(person: { birthDate: string | null; passportExpiry: string | null }, field: 'patient' | 'companion'): void {
  if (!passportAfterBirth(person)) throw badInput(`${field}.passportExpiry: must be after the date of birth`, { field: `${field}.passportExpiry` });
}
