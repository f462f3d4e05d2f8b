import { icd10Code } from '@carta/contracts';
import { parseInput } from '@carta/service-kit';
import { z } from 'zod';

const caseProfile = z.object({
  diagnosis: z.object({ icd10: icd10Code, description: z.string().trim().min(1).max(200) }),
  priorCellularTherapy: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
});

/** A case's clinical profile as it now stands; prior cellular therapy null means not known. */
export type CaseProfile = z.infer<typeof caseProfile>;
export const parseCaseProfile = (input: unknown): CaseProfile => parseInput(caseProfile, input);
