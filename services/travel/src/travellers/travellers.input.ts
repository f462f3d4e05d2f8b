import { nationalityCode, passportNumber } from '@carta/contracts';
import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';

/** As printed in the passport's machine-readable zone, so the letter and the visa spell it alike. */
const passportName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{Script=Latin}' .-]+$/u, 'must be written in Latin letters, as in the passport');
const passport = {
  passportNumber,
  passportExpiry: isoDate,
};

const travellerInput = z
  .object({
    role: z.enum(['PATIENT', 'COMPANION']),
    givenName: passportName,
    familyName: passportName,
    birthDate: isoDate,
    nationality: nationalityCode,
    ...passport,
    relationship: z.string().trim().min(1).max(50).nullish(),
  })
  .refine((input) => input.role === 'PATIENT' || !!input.relationship, {
    message: "a companion's relationship to the patient is required",
    path: ['relationship'],
  });
const passportInput = z.object(passport);

export type TravellerInput = z.infer<typeof travellerInput>;
export type PassportInput = z.infer<typeof passportInput>;
export const parseTraveller = (input: unknown): TravellerInput => parseInput(travellerInput, input);
export const parsePassport = (input: unknown): PassportInput => parseInput(passportInput, input);
