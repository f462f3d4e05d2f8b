import { parseInput, reasonText } from '@carta/service-kit';
import { z } from 'zod';

export { parseUploadRequest } from './upload-request.input';

/** Why a document is deleted: it stays in the history with this reason. */
export const parseDeletionReason = (value: unknown): string => parseInput(z.object({ reason: reasonText(500) }), { reason: value }).reason;
