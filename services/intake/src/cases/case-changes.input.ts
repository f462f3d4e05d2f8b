import { caseStatus } from '@carta/contracts';
import { parseInput, pastDate, personName } from '@carta/service-kit';
import { z } from 'zod';

const transition = z.object({ to: caseStatus, reason: z.string().trim().max(500).nullish() });
const homeTeamReview = z.object({
  reviewedOn: pastDate,
  reviewer: personName,
  institution: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(2000),
});

export const parseTransition = (input: unknown) => parseInput(transition, input);
export const parseHomeTeamReview = (input: unknown) => parseInput(homeTeamReview, input);
export const parseCoordinatorId = (input: unknown) => parseInput(z.string().trim().min(1).max(100), input);
