import { createHash } from 'node:crypto';
import { Readable, Transform, TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inspectDicom } from './inspection/dicom';
import { inspectDocx } from './inspection/docx';
import { Finding, Malformed, rejected } from './inspection/findings';
import { inspectJpeg } from './inspection/jpeg';
import { inspectPdf } from './inspection/pdf';
import { inspectPng } from './inspection/png';
import { inspectTiff } from './inspection/tiff';

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

const HEAD_BYTES = 132; // DICOM's "DICM" sits after a 128-byte preamble
const DOCX_MARKER = 'word/document.xml';

/** What the bytes are, learnt while they stream in (size bound, hash, magic bytes). */
export interface StreamedContent {
  sizeBytes: number;
  sha256: string;
  detectedType: AllowedContentType | null;
}

/** The full judgement: what the bytes are and what structural inspection found in them. */
export interface ContentInspection extends StreamedContent {
  /** Empty when the file is well-formed and carries no active content. */
  findings: Finding[];
}

/**
 * The type by magic bytes. A ZIP counts as DOCX when the caller saw its main part's name
 * (`sawDocxMarker`, the streaming inspector's hint) or, by default, for structural inspection to judge.
 */
export function sniffType(head: Buffer, sawDocxMarker = true): AllowedContentType | null {
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
 * A pass-through stream that learns what a file is while it flows to the store: size, SHA-256 and
 * type by magic bytes. Memory stays flat: it keeps the first bytes and a short carry-over between
 * chunks. Fails the stream once it exceeds `maxBytes`. It does not judge structure: that is
 * `inspectDocument`, which reads the stored object back.
 */
export class ContentInspector extends Transform {
  private readonly hash = createHash('sha256');
  private size = 0;
  private head = Buffer.alloc(0);
  private carry = '';
  private sawDocxMarker = false;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(new UploadTooLarge(this.maxBytes));
    this.hash.update(chunk);
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    if (!this.sawDocxMarker) {
      const window = this.carry + chunk.toString('latin1');
      this.sawDocxMarker = window.includes(DOCX_MARKER);
      this.carry = window.slice(-DOCX_MARKER.length);
    }
    done(null, chunk);
  }

  result(): StreamedContent {
    return { sizeBytes: this.size, sha256: this.hash.copy().digest('hex'), detectedType: sniffType(this.head, this.sawDocxMarker) };
  }
}

export class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`);
  }
}

/**
 * PDF, DOCX, PNG and JPEG are inspected in memory up to this size; above it they are REJECTED as
 * "too large to inspect" (a 64 MB record is far beyond any scanned letter or photo). DICOM and TIFF
 * have no such cap: they are read in bounded pieces (DICOM: its first 64 KB; TIFF: its metadata
 * blocks, at most 16 MB in at most 8 passes), so a 200 MB study is inspected in flat memory.
 */
export const IN_MEMORY_INSPECTION_BYTES = 64 * 1024 * 1024;
const STREAMED_HEAD_BYTES = 64 * 1024;
const STREAMED_TYPES = new Set<AllowedContentType>(['application/dicom', 'image/tiff']);

/**
 * Reads a stored object (opened as many times as needed) and judges it: size, SHA-256, type by
 * magic bytes, then the structure of that type. Throws UploadTooLarge past `maxBytes`.
 */
export async function inspectDocument(open: () => Promise<Readable>, options: { maxBytes: number }): Promise<ContentInspection> {
  const read = await readOnce(open, options.maxBytes);
  const detectedType = sniffType(read.kept.subarray(0, HEAD_BYTES));
  const findings = detectedType === null ? [] : await judge(detectedType, read, open);
  return { sizeBytes: read.sizeBytes, sha256: read.sha256, detectedType, findings };
}

interface FirstRead extends StreamedContent {
  /** The whole file for in-memory types (unless `overflow`), its first 64 KB for streamed ones. */
  kept: Buffer;
  overflow: boolean;
}

/** One pass: size bound and hash through the ContentInspector, keeping what the type's inspection needs. */
async function readOnce(open: () => Promise<Readable>, maxBytes: number): Promise<FirstRead> {
  const inspector = new ContentInspector(maxBytes);
  let kept: Buffer[] = [];
  let keptBytes = 0;
  let limit: number | null = null; // decided once the magic bytes are in
  let overflow = false;
  const keep = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (overflow) return done();
      kept.push(chunk);
      keptBytes += chunk.length;
      if (limit === null && keptBytes >= HEAD_BYTES) {
        const type = sniffType(Buffer.concat(kept).subarray(0, HEAD_BYTES));
        limit = type !== null && STREAMED_TYPES.has(type) ? STREAMED_HEAD_BYTES : IN_MEMORY_INSPECTION_BYTES;
      }
      if (limit !== null && keptBytes > limit) {
        overflow = true;
        kept = limit === STREAMED_HEAD_BYTES ? [Buffer.concat(kept).subarray(0, limit)] : [Buffer.concat(kept).subarray(0, HEAD_BYTES)];
      }
      done();
    },
  });
  await pipeline(await open(), inspector, keep);
  return { ...inspector.result(), kept: Buffer.concat(kept), overflow };
}

async function judge(type: AllowedContentType, read: FirstRead, open: () => Promise<Readable>): Promise<Finding[]> {
  const label = ALLOWED_CONTENT_TYPES[type];
  if (read.overflow && !STREAMED_TYPES.has(type))
    return [rejected(`the file is too large to inspect as ${label} (over ${IN_MEMORY_INSPECTION_BYTES / 1024 / 1024} MB)`)];
  try {
    switch (type) {
      case 'application/pdf':
        return await inspectPdf(read.kept);
      case 'image/png':
        return await inspectPng(read.kept);
      case 'image/jpeg':
        return inspectJpeg(read.kept);
      case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
        return await inspectDocx(read.kept);
      case 'application/dicom':
        return inspectDicom(read.kept, read.sizeBytes);
      case 'image/tiff':
        return await inspectTiff(open, read.sizeBytes, read.kept);
    }
  } catch (error) {
    if (error instanceof Malformed) return [rejected(error.reason)];
    throw error;
  }
}
