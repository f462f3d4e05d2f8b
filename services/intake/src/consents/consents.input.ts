import { centreId, consentPurpose, dataCategory, transferDirection, uuid } from '@carta/contracts';
import { parseInput, reasonText } from '@carta/service-kit';
import { z } from 'zod';

const disclosure = z.string().trim().min(3).max(500);
const recordConsentInput = z.object({
  caseId: uuid,
  centreId,
  purpose: consentPurpose,
  categories: z
    .array(dataCategory)
    .min(1, 'name at least one data category')
    .refine((list) => new Set(list).size === list.length, 'categories must not repeat'),
  direction: transferDirection,
  // PIPL art. 39: the patient must have been told who receives the data (the centre's published
  // name and contact, derived: see consentRecipient), how, and how to exercise their rights.
  processingMethod: disclosure,
  rightsContact: disclosure,
  signedFormDocumentId: uuid,
  grantedAt: z.iso.datetime({ offset: true }).nullish(),
});

export type RecordConsentInput = z.infer<typeof recordConsentInput>;
export const parseRecordConsent = (input: unknown): RecordConsentInput => parseInput(recordConsentInput, input);
/** Why a consent is withdrawn: kept with the withdrawal. */
export const parseWithdrawalReason = (value: unknown): string => parseInput(z.object({ reason: reasonText(500) }), { reason: value }).reason;
