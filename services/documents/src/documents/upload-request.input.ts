import { documentKind, uuid } from '@carta/contracts';
import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';
import { ALLOWED_CONTENT_TYPES, AllowedContentType } from '../uploads/content-inspection';
import { fileNameProblem } from '../uploads/upload-verification.rules';

/** The largest document accepted (imaging exports are big; a 200 MB upload must pass). */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

const uploadRequest = z.object({
  caseId: uuid,
  kind: documentKind,
  /** Given: a new version of that document; absent: a new document. */
  documentId: uuid.nullish(),
  translationOfVersionId: uuid.nullish(),
  fileName: z.string().superRefine((name, context) => {
    const problem = fileNameProblem(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  contentType: z.enum(Object.keys(ALLOWED_CONTENT_TYPES) as [AllowedContentType, ...AllowedContentType[]], {
    message: 'must be one of PDF, JPEG, PNG, TIFF, DICOM, DOCX',
  }),
  sizeBytes: z
    .number()
    .int()
    .min(1, 'the file is empty')
    .max(MAX_DOCUMENT_BYTES, `the file is larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit`),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the lowercase hex SHA-256 of the file'),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code like en or zh'),
  recordDate: isoDate.nullish(),
});

export type UploadRequest = z.infer<typeof uploadRequest>;
export const parseUploadRequest = (input: unknown): UploadRequest => parseInput(uploadRequest, input);
