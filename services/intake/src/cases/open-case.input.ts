import { icd10Code, nationalityCode, passportNumber, phoneNumber, pseudonymousPatientId } from '@carta/contracts';
import { birthDate, parseInput, passportExpiry, personName } from '@carta/service-kit';
import { z } from 'zod';

export const patientDetails = z
  .object({
    givenName: personName,
    familyName: personName,
    birthDate,
    nationality: nationalityCode,
    passportNumber: passportNumber.nullish(),
    passportExpiry: passportExpiry.nullish(),
    email: z.email().nullish(),
    phone: phoneNumber.nullish(),
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
