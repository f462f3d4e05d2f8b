import { centreId } from '@carta/contracts';
import { parseInput } from '@carta/service-kit';
import { z } from 'zod';
import { RegisterTrialInput, registerTrialInput, TrialChanges, trialChanges } from './trial-registration.rules';

/** A trial id as stored: its NCT number, or the registry id it was registered under. */
const trialId = z.string().min(1).max(100);
const recruitmentInput = z.object({
  recruiting: z.boolean(),
  openSlots: z.number().int().min(0).max(10_000),
  centreId: centreId.nullish(),
});

/** A PI's name in Latin letters (diacritics allowed) and, optionally, in Chinese characters: both go on letters. */
const latinName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u, 'must be written in Latin letters (Chinese goes in nameZh)');
const chineseName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{Script=Han}·・ ]+$/u, 'must be written in Chinese characters');
const siteInvestigatorInput = z.object({
  principalInvestigator: z.object({ name: latinName, nameZh: chineseName.nullish().transform((value) => value ?? null) }),
  centreId: centreId.nullish(),
});

export type SiteInvestigatorInput = z.infer<typeof siteInvestigatorInput>;
export type RecruitmentInput = z.infer<typeof recruitmentInput>;
export const parseTrialId = (value: unknown, field = 'trialId'): string => parseInput(z.object({ [field]: trialId }), { [field]: value })[field];
export const parseRegisterTrial = (input: unknown): RegisterTrialInput => parseInput(registerTrialInput, input);
export const parseTrialChanges = (input: unknown): TrialChanges => parseInput(trialChanges, input);
export const parseSiteInvestigator = (input: unknown): SiteInvestigatorInput => parseInput(siteInvestigatorInput, input);
export const parseRecruitment = (input: unknown): RecruitmentInput => parseInput(recruitmentInput, input);
/** Criteria JSON: its clauses are checked by the criteria language when the new version is made. */
export const parseCriteriaJson = (value: unknown): string => parseInput(z.object({ criteria: z.string() }), { criteria: value }).criteria;
