import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { documentKind, instant, isoDate, uuid } from '../values';

const documentFacts = {
  caseId: uuid,
  documentId: uuid,
  versionId: uuid,
  version: z.number().int().positive(),
  kind: documentKind,
};

export const DocumentVerified = defineEvent({
  type: 'carta.documents.document.verified.v1',
  topic: Topics.documentsDocument,
  aggregateIdField: 'caseId',
  description: 'A document version passed verification (size, SHA-256, type, active content) and now counts.',
  schema: z.object({
    ...documentFacts,
    contentType: z.string(),
    sizeBytes: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    language: z.string().min(2).max(8),
    translationOfVersionId: uuid.nullable(),
    recordDate: isoDate.nullable(),
    verifiedAt: instant,
  }),
});

export const DocumentRejected = defineEvent({
  type: 'carta.documents.document.rejected.v1',
  topic: Topics.documentsDocument,
  aggregateIdField: 'caseId',
  description: 'A document version failed verification; its bytes are never served.',
  schema: z.object({ ...documentFacts, reason: z.string(), rejectedAt: instant }),
});

export const DocumentQuarantined = defineEvent({
  type: 'carta.documents.document.quarantined.v1',
  topic: Topics.documentsDocument,
  aggregateIdField: 'caseId',
  description: 'A document version carries active content (e.g. PDF JavaScript) and is held for review, never served.',
  schema: z.object({ ...documentFacts, reason: z.string(), quarantinedAt: instant }),
});

export const DocumentDeleted = defineEvent({
  type: 'carta.documents.document.deleted.v1',
  topic: Topics.documentsDocument,
  aggregateIdField: 'caseId',
  description: 'A document was soft-deleted: kept for retention, no longer counted or served.',
  schema: z.object({ caseId: uuid, documentId: uuid, kind: documentKind, deletedAt: instant }),
});
