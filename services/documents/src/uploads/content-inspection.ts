import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';

/** The file types a site accepts, by what their bytes say (never by name or declared type). */
export const ALLOWED_CONTENT_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/dicom': 'DICOM',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
} as const;
export type AllowedContentType = keyof typeof ALLOWED_CONTENT_TYPES;

/** PDF names that make a document act (scripts, launched programs, embedded files, auto-run actions). */
const PDF_ACTIVE_NAMES = ['/JavaScript', '/JS', '/Launch', '/EmbeddedFile', '/OpenAction'];
const DOCX_MARKER = 'word/document.xml';
const HEAD_BYTES = 132; // DICOM's "DICM" sits after a 128-byte preamble
const CARRY_BYTES = 32; // longer than any marker, so one split across two chunks is still seen

export interface ContentInspection {
  sizeBytes: number;
  sha256: string;
  detectedType: AllowedContentType | null;
  /** PDF active-content names found, e.g. ['/JavaScript', '/OpenAction']. */
  activeContent: string[];
}

export function sniffType(head: Buffer, sawDocxMarker: boolean): AllowedContentType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  const tiff = head.subarray(0, 4).toString('hex');
  if (tiff === '49492a00' || tiff === '4d4d002a') return 'image/tiff';
  if (head.length >= HEAD_BYTES && head.subarray(128, 132).toString('latin1') === 'DICM') return 'application/dicom';
  if (head.subarray(0, 4).toString('hex') === '504b0304' && sawDocxMarker) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

/**
 * A pass-through stream that learns what a file is while it flows to the store: size, SHA-256,
 * type by magic bytes, and PDF active content. Memory stays flat: it keeps the first bytes and a
 * short carry-over between chunks, nothing else. Fails the stream once it exceeds `maxBytes`.
 */
export class ContentInspector extends Transform {
  private readonly hash = createHash('sha256');
  private size = 0;
  private head = Buffer.alloc(0);
  private carry = '';
  private sawDocxMarker = false;
  private readonly active = new Set<string>();

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(new UploadTooLarge(this.maxBytes));
    this.hash.update(chunk);
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    const window = this.carry + chunk.toString('latin1');
    for (const name of PDF_ACTIVE_NAMES) if (containsName(window, name, false)) this.active.add(name);
    if (!this.sawDocxMarker && window.includes(DOCX_MARKER)) this.sawDocxMarker = true;
    this.carry = window.slice(-CARRY_BYTES);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    // A name at the very end of the file has no following byte to wait for.
    for (const name of PDF_ACTIVE_NAMES) if (containsName(this.carry, name, true)) this.active.add(name);
    done();
  }

  result(): ContentInspection {
    const detectedType = sniffType(this.head, this.sawDocxMarker);
    return {
      sizeBytes: this.size,
      sha256: this.hash.copy().digest('hex'),
      detectedType,
      activeContent: detectedType === 'application/pdf' ? PDF_ACTIVE_NAMES.filter((name) => this.active.has(name)) : [],
    };
  }
}

/**
 * A PDF name ends at a delimiter: `/JS` must not match `/JSON`. A name at the end of the window is
 * undecided until the next chunk (the carry-over brings it back), unless the stream has ended.
 */
function containsName(text: string, name: string, atEnd: boolean): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const next = text[at + name.length];
    if (next === undefined ? atEnd : /[\s/<>[\]()%{}]/.test(next)) return true;
  }
  return false;
}

export class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`);
  }
}
