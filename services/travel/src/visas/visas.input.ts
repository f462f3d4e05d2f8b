import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';

const openInput = z.object({ plannedArrival: isoDate.nullish(), plannedDeparture: isoDate.nullish() });
const statusInput = z.discriminatedUnion('status', [
  z.object({ status: z.literal('SUBMITTED'), on: isoDate }),
  z.object({ status: z.literal('GRANTED'), on: isoDate, validUntil: isoDate }),
  z.object({ status: z.literal('REFUSED'), on: isoDate, reason: z.string().trim().min(1).max(500) }),
]);
const visaRouteInput = z.object({
  nationality: z.string().regex(/^([A-Z]{3}|\*)$/, 'must be ISO 3166-1 alpha-3, or * for every other passport'),
  applicantRole: z.enum(['PATIENT', 'COMPANION']),
  category: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9]{0,4}$/, 'must be a visa category code like S2 or M'),
  maxStayDays: z.number().int().min(1).max(365),
  processingDays: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).refine((range) => range.min <= range.max, 'min must not exceed max'),
  note: z.string().trim().min(1).max(300),
});

export type OpenVisaInput = z.infer<typeof openInput>;
export type VisaStatusInput = z.infer<typeof statusInput>;
export type VisaRouteInput = z.infer<typeof visaRouteInput>;
/** Both dates are optional, and so is the input itself: they default to the timeline's arrival and discharge. */
export const parseOpenVisa = (input: unknown): OpenVisaInput => parseInput(openInput, input ?? {});
export const parseVisaStatus = (input: unknown): VisaStatusInput => parseInput(statusInput, input);
export const parseVisaRoute = (input: unknown): VisaRouteInput => parseInput(visaRouteInput, input);
