import { icd10Code, pseudonymousPatientId } from '@carta/contracts';
import { parseInput } from '@carta/service-kit';
import { patientDetails } from '../patients/person.input';
import { z } from 'zod';

const openCaseInput = z
  .object({
    patientId: pseudonymousPatientId.nullish(),
    patient: patientDetails.nullish(),
    diagnosis: z.object({ icd10: icd10Code, description: z.string().trim().min(1).max(200) }),
    // Absent: the caller becomes the coordinator (the service decides; only an admin names another).
    coordinatorId: z.string().trim().min(1).max(100).nullish(),
    // Null or absent: not known yet (the checklist then asks for the records, failing closed).
    priorCellularTherapy: z.boolean().nullish(),
  })
  .refine((input) => Boolean(input.patientId) !== Boolean(input.patient), {
    message: 'give either patientId (an existing patient) or patient (a new one)',
    path: ['patient'],
  });

export type OpenCaseInput = z.infer<typeof openCaseInput>;

export const parseOpenCaseInput = (input: unknown): OpenCaseInput => parseInput(openCaseInput, input);
