import { FUNDING_MODELS } from '@carta/contracts';
import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';

const prepareInput = z.object({
  fundingModel: z.enum(FUNDING_MODELS),
  /** The dated USD → CNY rate the estimate converts at, and where it was quoted. */
  usdToCny: z.object({
    rate: z.string().regex(/^\d{1,6}(\.\d{1,8})?$/, 'must be a decimal like 7.1034'),
    asOf: isoDate,
    source: z.string().trim().min(1).max(100),
  }),
  familyStaysDuringManufacturing: z.boolean(),
});
const acceptInput = z.object({
  /** The family member who accepted, as they signed (e.g. "Chidi Okafor, husband"). */
  acceptedBy: z.string().trim().min(1).max(200),
  acceptedAt: z.iso.datetime({ offset: true }).nullish(),
});

export type PrepareEstimateInput = z.infer<typeof prepareInput>;
export type AcceptEstimateInput = z.infer<typeof acceptInput>;
export const parsePrepareEstimate = (input: unknown): PrepareEstimateInput => parseInput(prepareInput, input);
export const parseAcceptEstimate = (input: unknown): AcceptEstimateInput => parseInput(acceptInput, input);
