import { parseInput } from '@carta/service-kit';
import { z } from 'zod';

export const ASSESSMENT_STATUSES = ['MET', 'NOT_MET'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

const text = (max: number) =>
  z
    .string({ error: `1 to ${max} characters` })
    .trim()
    .min(1, `1 to ${max} characters`)
    .max(max, `1 to ${max} characters`);
const id = z.uuid({ error: 'must be a UUID' });
const assessmentInput = z.object({
  caseId: id,
  trialId: text(100),
  criterionId: text(100),
  status: z.enum(ASSESSMENT_STATUSES, { error: `must be one of ${ASSESSMENT_STATUSES.join(', ')}` }),
  sourceDocumentId: id,
  /** Optional: an empty note is no note. */
  note: z.preprocess((note) => (note === '' || note === undefined ? null : note), text(1000).nullable()),
});

export type AssessmentInput = z.infer<typeof assessmentInput>;
export const parseAssessment = (input: unknown): AssessmentInput => parseInput(assessmentInput, input);
