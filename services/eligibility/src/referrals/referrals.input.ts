import { centreId, PI_DECISIONS } from '@carta/contracts';
import { parseInput } from '@carta/service-kit';
import { z } from 'zod';

const submission = z.object({
  /** A trial as the registry names it; an unknown one is NOT_FOUND. */
  trialId: z.string().min(1).max(100),
  centreId,
});
const decision = z.object({
  decision: z.enum(PI_DECISIONS, { error: `must be one of ${PI_DECISIONS.join(', ')}` }),
  /** Optional: blank is no reason. */
  reason: z
    .string({ error: 'at most 1000 characters' })
    .max(1000, 'at most 1000 characters')
    .nullish()
    .transform((reason) => reason?.trim() || null),
});

export type SubmissionInput = z.infer<typeof submission>;
export type PiDecisionInput = z.infer<typeof decision>;
export const parseSubmission = (input: unknown): SubmissionInput => parseInput(submission, input);
export const parsePiDecision = (input: unknown): PiDecisionInput => parseInput(decision, input);
