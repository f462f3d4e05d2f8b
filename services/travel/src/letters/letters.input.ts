import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';

const issueInput = z.object({
  officeReference: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[\p{L}\p{N} ./_-]+$/u, 'letters, digits, spaces and . / _ - only'),
  /** Default: the timeline's earliest arrival and its latest discharge. */
  plannedArrival: isoDate.nullish(),
  plannedDeparture: isoDate.nullish(),
  validUntil: isoDate,
});

export type IssueLetterInput = z.infer<typeof issueInput>;
export const parseIssueLetter = (input: unknown): IssueLetterInput => parseInput(issueInput, input);
