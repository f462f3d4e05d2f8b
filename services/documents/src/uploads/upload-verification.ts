import { ALLOWED_CONTENT_TYPES, AllowedContentType, ContentInspection } from './content-inspection';

export interface DeclaredUpload {
  sizeBytes: number;
  sha256: string;
  contentType: AllowedContentType;
}

export type VerificationOutcome = { status: 'VERIFIED' } | { status: 'REJECTED'; reason: string } | { status: 'QUARANTINED'; reason: string };

const describe = (type: AllowedContentType | null) => (type ? ALLOWED_CONTENT_TYPES[type] : 'not an allowed type (PDF, JPEG, PNG, TIFF, DICOM, DOCX)');

/** Whether the bytes that arrived are the document that was declared, and safe to serve. */
export function verifyUpload(declared: DeclaredUpload, inspected: ContentInspection): VerificationOutcome {
  if (inspected.sizeBytes === 0) return { status: 'REJECTED', reason: 'the file is empty' };
  if (inspected.sizeBytes !== declared.sizeBytes) return { status: 'REJECTED', reason: `received ${inspected.sizeBytes} bytes, ${declared.sizeBytes} were declared` };
  if (inspected.sha256 !== declared.sha256) return { status: 'REJECTED', reason: 'the SHA-256 of the received bytes differs from the declared one' };
  if (inspected.detectedType === null) return { status: 'REJECTED', reason: 'the content is not an allowed type (PDF, JPEG, PNG, TIFF, DICOM, DOCX)' };
  if (inspected.detectedType !== declared.contentType) {
    return { status: 'REJECTED', reason: `declared as ${describe(declared.contentType)} but the content is ${describe(inspected.detectedType)}` };
  }
  if (inspected.activeContent.length > 0) return { status: 'QUARANTINED', reason: `the PDF carries active content (${inspected.activeContent.join(', ')})` };
  return { status: 'VERIFIED' };
}

/** A file name is kept as a label only (keys carry ids), but it must not smuggle a path. */
export function fileNameProblem(fileName: string): string | null {
  if (fileName.length === 0 || fileName.length > 200) return 'must be 1–200 characters';
  if (/[/\\]/.test(fileName) || fileName.includes('..')) return 'must be a bare file name, not a path';
  if ([...fileName].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return 'must not contain control characters';
  return null;
}
