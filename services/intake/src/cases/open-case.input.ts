import { icd10Code, pseudonymousPatientId } from '@carta/contracts';
import { badInput } from '@carta/domain';
import { z } from 'zod';

const openCaseInput = z.object({
  patientId: pseudonymousPatientId.nullish(),
  diagnosis: z.object({ icd10: icd10Code, description: z.string().trim().min(1).max(200) }),
  coordinatorId: z.string().trim().min(1).max(100),
});

export type OpenCaseInput = z.infer<typeof openCaseInput>;

/** Validates the mutation input; the message names the field, never echoes patient data. */
export function parseOpenCaseInput(input: unknown): OpenCaseInput {
  const parsed = openCaseInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`${issue.path.join('.')}: ${issue.message}`, { field: issue.path.join('.') });
  }
  return parsed.data;
}
