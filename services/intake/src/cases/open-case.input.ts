import { icd10Code, pseudonymousPatientId } from '@carta/contracts';
import { birthDate, parseInput, passportExpiry, personName } from '@carta/service-kit';
import { z } from 'zod';

export const patientDetails = z
  .object({
    givenName: personName,
    familyName: personName,
    birthDate,
    nationality: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code like GBR'),
    passportNumber: z
      .string()
      .regex(/^[A-Z0-9]{5,20}$/, 'must be 5–20 capital letters or digits')
      .nullish(),
    passportExpiry: passportExpiry.nullish(),
    email: z.email().nullish(),
    phone: z
      .string()
      .regex(/^\+[0-9 ]{6,20}$/, 'must be an international number like +44 20 7946 0000')
      .nullish(),
  })
  .refine((patient) => !patient.passportExpiry || patient.passportExpiry > patient.birthDate, {
    message: 'must be after the date of birth',
    path: ['passportExpiry'],
  });
export type PatientDetails = z.infer<typeof patientDetails>;

const openCaseInput = z
  .object({
    patientId: pseudonymousPatientId.nullish(),
    patient: patientDetails.nullish(),
    diagnosis: z.object({ icd10: icd10Code, description: z.string().trim().min(1).max(200) }),
    // Absent: the caller becomes the coordinator (the service decides; only an admin names another).
    coordinatorId: z.string().trim().min(1).max(100).nullish(),
  })
  .refine((input) => Boolean(input.patientId) !== Boolean(input.patient), {
    message: 'give either patientId (an existing patient) or patient (a new one)',
    path: ['patient'],
  });

export type OpenCaseInput = z.infer<typeof openCaseInput>;

export const parseOpenCaseInput = (input: unknown): OpenCaseInput => parseInput(openCaseInput, input);
