import { ALLOWED_CONTENT_TYPES, AllowedContentType, ContentInspection } from './content-inspection';
import { hasExecutableExtension } from './inspection/executable-extensions';

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
  if (inspected.sizeBytes !== declared.sizeBytes)
    return { status: 'REJECTED', reason: `received ${inspected.sizeBytes} bytes, ${declared.sizeBytes} were declared` };
  if (inspected.sha256 !== declared.sha256) return { status: 'REJECTED', reason: 'the SHA-256 of the received bytes differs from the declared one' };
  if (inspected.detectedType === null) return { status: 'REJECTED', reason: 'the content is not an allowed type (PDF, JPEG, PNG, TIFF, DICOM, DOCX)' };
  if (inspected.detectedType !== declared.contentType) {
    return { status: 'REJECTED', reason: `declared as ${describe(declared.contentType)} but the content is ${describe(inspected.detectedType)}` };
  }
  // A broken structure decides alone (REJECTED wins); otherwise every active-content reason is kept.
  const broken = inspected.findings.find((finding) => finding.verdict === 'REJECTED');
  if (broken) return { status: 'REJECTED', reason: broken.reason };
  const quarantine = [...new Set(inspected.findings.map((finding) => finding.reason))];
  if (quarantine.length > 0) return { status: 'QUARANTINED', reason: quarantine.join('; ') };
  return { status: 'VERIFIED' };
}

/** Bidirectional controls: they make `invoice\u202Efdp.exe` display as "invoiceexe.pdf". */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** Format characters (zero-width spaces and joiners, BOM, soft hyphen, tags), separators, private and unassigned code points. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}]/u;
/** Characters that render as nothing though Unicode does not class them as format: fillers, blanks, variation selectors. */
const BLANK_RANGES: [number, number][] = [
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xffa0, 0xffa0],
  [0xe0100, 0xe01ef],
];
const isBlank = (char: string) => BLANK_RANGES.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);

/**
 * A file name is kept as a label only (keys carry ids), but it is shown to people and offered on
 * download: it must not smuggle a path, hide characters, reorder what is displayed or end in an
 * extension that a computer runs (`report.pdf.exe`).
 */
export function fileNameProblem(fileName: string): string | null {
  if (fileName.length === 0 || fileName.length > 200) return 'must be 1–200 characters';
  if (/[/\\]/.test(fileName) || fileName.includes('..')) return 'must be a bare file name, not a path';
  if (/\p{Cc}/u.test(fileName)) return 'must not contain control characters';
  if (BIDI_CONTROLS.test(fileName)) return 'must not contain bidirectional text controls';
  if (INVISIBLE.test(fileName) || [...fileName].some(isBlank)) return 'must not contain invisible or formatting characters';
  if (/^\s|[\s.]$/u.test(fileName)) return 'must not start with a space or end with a space or dot';
  if (hasExecutableExtension(fileName)) return 'must not end in an executable or script extension';
  return null;
}
