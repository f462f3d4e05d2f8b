import { unprintableCharacters } from '@carta/pdf';
import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';

/**
 * The office's own reference, in whatever script the office writes it (e.g. "北大医院国际医疗部〔2026〕第15号"):
 * checked for length and for what the letter can print, not for script.
 */
const officeReference = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((text) => !/\p{Cc}|\p{Cf}/u.test(text), 'no control or formatting characters')
  .superRefine((text, context) => {
    const unprintable = unprintableCharacters(text);
    if (unprintable.length > 0) context.addIssue({ code: 'custom', message: `the letter cannot print ${unprintable.join(' ')}` });
  });

const letterFields = {
  officeReference,
  /** Default: the timeline's earliest arrival and its latest discharge. */
  plannedArrival: isoDate.nullish(),
  plannedDeparture: isoDate.nullish(),
  validUntil: isoDate,
};

const issueInput = z.object(letterFields);
/** A preview or a re-issue: everything optional (a re-issue keeps the letter's reference and validity unless given). */
const draftInput = z.object({ ...letterFields, officeReference: officeReference.nullish(), validUntil: isoDate.nullish() });
const reissueInput = z.object({ reason: z.string().trim().min(3).max(500), input: draftInput.nullish() });

export type IssueLetterInput = z.infer<typeof issueInput>;
export type DraftLetterInput = z.infer<typeof draftInput>;
export const parseIssueLetter = (input: unknown): IssueLetterInput => parseInput(issueInput, input);
export const parseDraftLetter = (input: unknown): DraftLetterInput => parseInput(draftInput, input ?? {});
export const parseReissueLetter = (reason: unknown, input: unknown) => parseInput(reissueInput, { reason, input });
