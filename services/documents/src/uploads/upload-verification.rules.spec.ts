import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buildDicom, buildDocx, buildJpeg, buildPng, buildTiff } from '../../test/hostile-files/corpus';
import { ContentInspection, ContentInspector, inspectDocument, IN_MEMORY_INSPECTION_BYTES, UploadTooLarge } from './content-inspection';
import { fileNameProblem, verifyUpload } from './upload-verification.rules';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const opener =
  (bytes: Buffer, chunkSize = 7) =>
  async () =>
    Readable.from(Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, (i + 1) * chunkSize)));
const pdf = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('content inspection and upload verification', () => {
  it.each([
    ['application/pdf', pdf],
    ['image/png', buildPng()],
    ['image/jpeg', buildJpeg()],
    ['image/tiff', buildTiff()],
    ['application/dicom', buildDicom()],
    [DOCX, buildDocx()],
  ] as const)('recognises %s by its bytes and verifies it', async (contentType, bytes) => {
    const inspected = await inspectDocument(opener(bytes), { maxBytes: 1 << 20 });
    expect(inspected).toEqual({ detectedType: contentType, sizeBytes: bytes.length, sha256: sha256(bytes), findings: [] });
    expect(verifyUpload({ contentType, sizeBytes: bytes.length, sha256: sha256(bytes) }, inspected)).toEqual({ status: 'VERIFIED' });
  });

  it('rejects a file whose content does not match its declared type', async () => {
    expect(
      verifyUpload({ contentType: 'image/png', sizeBytes: pdf.length, sha256: sha256(pdf) }, await inspectDocument(opener(pdf), { maxBytes: 1 << 20 })),
    ).toEqual({ status: 'REJECTED', reason: 'declared as PNG but the content is PDF' });
  });

  it('rejects unknown content, empty files, size and checksum mismatches', async () => {
    const inspect = (bytes: Buffer) => inspectDocument(opener(bytes), { maxBytes: 1 << 20 });
    const text = Buffer.from('just some text, not a medical record');
    expect(verifyUpload({ contentType: 'application/pdf', sizeBytes: text.length, sha256: sha256(text) }, await inspect(text))).toMatchObject({
      status: 'REJECTED',
      reason: expect.stringMatching(/not an allowed type/),
    });
    expect(verifyUpload({ contentType: 'application/pdf', sizeBytes: 0, sha256: sha256(Buffer.alloc(0)) }, await inspect(Buffer.alloc(0)))).toEqual({
      status: 'REJECTED',
      reason: 'the file is empty',
    });
    const png = buildPng();
    expect(verifyUpload({ contentType: 'image/png', sizeBytes: png.length + 1, sha256: sha256(png) }, await inspect(png))).toMatchObject({
      status: 'REJECTED',
      reason: expect.stringMatching(/bytes/),
    });
    expect(verifyUpload({ contentType: 'image/png', sizeBytes: png.length, sha256: sha256(Buffer.from('other')) }, await inspect(png))).toMatchObject({
      status: 'REJECTED',
      reason: expect.stringMatching(/SHA-256/),
    });
  });

  it('lets a structural rejection win over quarantine, and keeps every quarantine reason', () => {
    const base: Omit<ContentInspection, 'findings'> = { sizeBytes: 3, sha256: sha256(Buffer.from('abc')), detectedType: 'application/pdf' };
    const declared = { contentType: 'application/pdf' as const, sizeBytes: 3, sha256: base.sha256 };
    const macros = { verdict: 'QUARANTINED' as const, reason: 'carries macros' };
    const broken = { verdict: 'REJECTED' as const, reason: 'data follows the end' };
    expect(verifyUpload(declared, { ...base, findings: [macros, broken] })).toEqual({ status: 'REJECTED', reason: 'data follows the end' });
    expect(verifyUpload(declared, { ...base, findings: [macros, { verdict: 'QUARANTINED', reason: 'links elsewhere' }, macros] })).toEqual({
      status: 'QUARANTINED',
      reason: 'carries macros; links elsewhere',
    });
  });

  it(`refuses to inspect a PDF over the ${IN_MEMORY_INSPECTION_BYTES / 1024 / 1024} MB in-memory cap, without holding it`, async () => {
    const size = IN_MEMORY_INSPECTION_BYTES + 1024;
    const open = async () =>
      Readable.from(
        (function* () {
          yield Buffer.from('%PDF-1.7\n');
          for (let sent = 9; sent < size; sent += 1 << 20) yield Buffer.alloc(Math.min(1 << 20, size - sent), 0x20);
        })(),
      );
    const inspected = await inspectDocument(open, { maxBytes: 256 << 20 });
    expect(inspected.sizeBytes).toBe(size);
    expect(inspected.findings).toEqual([{ verdict: 'REJECTED', reason: 'the file is too large to inspect as PDF (over 64 MB)' }]);
  });

  it('inspects a large DICOM from its head only, reading it once', async () => {
    const head = buildDicom();
    const size = 96 << 20;
    let opens = 0;
    const open = async () => {
      opens++;
      return Readable.from(
        (function* () {
          yield head;
          for (let sent = head.length; sent < size; sent += 1 << 20) yield Buffer.alloc(Math.min(1 << 20, size - sent));
        })(),
      );
    };
    expect(await inspectDocument(open, { maxBytes: 256 << 20 })).toMatchObject({ detectedType: 'application/dicom', sizeBytes: size, findings: [] });
    expect(opens).toBe(1);
  });

  it('stops an object that outgrows the limit', async () => {
    await expect(inspectDocument(opener(Buffer.alloc(2048), 100), { maxBytes: 1024 })).rejects.toBeInstanceOf(UploadTooLarge);
  });

  it('the streaming inspector bounds size and learns hash and type as bytes flow', async () => {
    const png = buildPng();
    const inspector = new ContentInspector(1 << 20);
    await pipeline(await opener(png, 5)(), inspector, new Writable({ write: (_chunk, _encoding, done) => done() }));
    expect(inspector.result()).toEqual({ sizeBytes: png.length, sha256: sha256(png), detectedType: 'image/png' });
    await expect(
      pipeline(await opener(Buffer.alloc(2048), 100)(), new ContentInspector(1024), new Writable({ write: (_chunk, _encoding, done) => done() })),
    ).rejects.toBeInstanceOf(UploadTooLarge);
  });

  it('accepts plain file names and refuses paths', () => {
    expect(fileNameProblem('pathology-report (EN).pdf')).toBeNull();
    for (const bad of ['../../etc/passwd', 'a/b.pdf', 'a\\b.pdf', '..', 'x\u0000.pdf', '']) expect(fileNameProblem(bad)).not.toBeNull();
  });
});
