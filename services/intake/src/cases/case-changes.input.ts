import { caseStatus, passportNumber } from '@carta/contracts';
import { parseInput, passportExpiry, pastDate, personName } from '@carta/service-kit';
import { z } from 'zod';

const transition = z.object({ to: caseStatus, reason: z.string().trim().max(500).nullish() });
const companion = z.object({
  givenName: personName,
  familyName: personName,
  relationship: z.string().trim().min(1).max(50),
  passportNumber: passportNumber.nullish(),
  passportExpiry: passportExpiry.nullish(),
});
const homeTeamReview = z.object({
  reviewedOn: pastDate,
  reviewer: personName,
  institution: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(2000),
});

export const parseTransition = (input: unknown) => parseInput(transition, input);
/** A companion as stored: a passport not yet known is null. */
export const parseCompanion = (input: unknown) => {
  const parsed = parseInput(companion, input);
  return { ...parsed, passportNumber: parsed.passportNumber ?? null, passportExpiry: parsed.passportExpiry ?? null };
};
export const parseHomeTeamReview = (input: unknown) => parseInput(homeTeamReview, input);
export const parseCoordinatorId = (input: unknown) => parseInput(z.string().trim().min(1).max(100), input);
