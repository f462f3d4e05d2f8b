import { createHash, randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Real file bytes for upload tests: documents inspects a file by its structure, so these are
 * well-formed (a PDF with a correct cross-reference table, a PNG with correct CRCs), not magic numbers.
 */

/** A well-formed one-page PDF; `catalog` goes into its catalog verbatim (`/Title (x)`, or an `/OpenAction` to be refused). */
export function aPdf(catalog = ''): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${catalog} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const pngChunk = (type: string, data: Buffer) => {
  const name = Buffer.from(type, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(name)));
  return Buffer.concat([length, name, data, crc]);
};

/** A well-formed 2×2 RGB PNG; its text chunk makes each one unique. */
export function aPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc(2 * (1 + 2 * 3)); // filter byte + 2 pixels per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from(`Comment\0${randomUUID()}`, 'latin1')),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Lowercase hex SHA-256, as an upload declares it. */
export const sha256Hex = (bytes: Buffer | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'application/dicom': 'dcm' };

/** `requestDocumentUpload`'s input declaring exactly these bytes (a PDF unless told otherwise). */
export const anUploadRequest = (caseId: string, kind: string, bytes: Buffer, overrides: Record<string, unknown> = {}) => {
  const contentType = (overrides.contentType as string | undefined) ?? 'application/pdf';
  return {
    caseId,
    kind,
    fileName: `${kind.toLowerCase()}.${EXTENSIONS[contentType] ?? 'pdf'}`,
    contentType,
    sizeBytes: bytes.length,
    sha256: sha256Hex(bytes),
    language: 'en',
    recordDate: new Date().toISOString().slice(0, 10),
    ...overrides,
  };
};
