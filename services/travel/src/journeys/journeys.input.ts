import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';

const weeks = z
  .object({ min: z.number().int().min(1).max(26), max: z.number().int().min(1).max(26) })
  .refine((range) => range.min <= range.max, 'min must not exceed max');
const previewInput = z.object({
  productType: z.enum(['AUTOLOGOUS', 'ALLOGENEIC']),
  centreId: z.string().min(1),
  firstContactOn: isoDate,
  acceptedOn: isoDate,
  manufacturingWeeks: weeks.nullish(),
});
const delayDays = z.number().int('a whole number of days, 1–120').min(1, 'a whole number of days, 1–120').max(120, 'a whole number of days, 1–120');

export type TimelinePreviewInput = z.infer<typeof previewInput>;
export const parseTimelinePreview = (input: unknown): TimelinePreviewInput => parseInput(previewInput, input);
export const parseDelayDays = (value: unknown): number => parseInput(z.object({ days: delayDays }), { days: value }).days;
export const parseArrivedOn = (value: unknown): string => parseInput(z.object({ arrivedOn: isoDate }), { arrivedOn: value }).arrivedOn;
