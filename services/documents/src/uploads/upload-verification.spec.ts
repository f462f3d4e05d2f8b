import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { ContentInspector, UploadTooLarge } from './content-inspection';
import { fileNameProblem, verifyUpload } from './upload-verification';

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog ${body} >> endobj\n%%EOF\n`, 'latin1');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);
const tiff = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.alloc(64, 3)]);
const dicom = Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), Buffer.alloc(64, 4)]);
const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Streams the bytes through the inspector in small chunks, as a network upload would arrive. */
async function inspect(bytes: Buffer, chunkSize = 7, maxBytes = 1 << 20) {
  const inspector = new ContentInspector(maxBytes);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, (i + 1) * chunkSize));
  await pipeline(Readable.from(chunks), inspector, new Writable({ write: (_chunk, _encoding, done) => done() }));
  return inspector.result();
}

describe('content inspection and upload verification', () => {
  it.each([
    ['application/pdf', pdf('')],
    ['image/png', png],
    ['image/jpeg', jpeg],
    ['image/tiff', tiff],
    ['application/dicom', dicom],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx],
  ] as const)('recognises %s by its bytes and verifies it', async (contentType, bytes) => {
    const inspected = await inspect(bytes);
    expect(inspected).toMatchObject({ detectedType: contentType, sizeBytes: bytes.length, sha256: sha256(bytes), activeContent: [] });
    expect(verifyUpload({ contentType, sizeBytes: bytes.length, sha256: sha256(bytes) }, inspected)).toEqual({ status: 'VERIFIED' });
  });

  it('rejects a file whose content does not match its declared type', async () => {
    const bytes = pdf('');
    expect(verifyUpload({ contentType: 'image/png', sizeBytes: bytes.length, sha256: sha256(bytes) }, await inspect(bytes))).toEqual({ status: 'REJECTED', reason: 'declared as PNG but the content is PDF' });
  });

  it('rejects unknown content, empty files, size and checksum mismatches', async () => {
    const text = Buffer.from('just some text, not a medical record');
    expect(verifyUpload({ contentType: 'application/pdf', sizeBytes: text.length, sha256: sha256(text) }, await inspect(text))).toMatchObject({ status: 'REJECTED', reason: expect.stringMatching(/not an allowed type/) });
    expect(verifyUpload({ contentType: 'application/pdf', sizeBytes: 0, sha256: sha256(Buffer.alloc(0)) }, await inspect(Buffer.alloc(0)))).toEqual({ status: 'REJECTED', reason: 'the file is empty' });
    const bytes = png;
    expect(verifyUpload({ contentType: 'image/png', sizeBytes: bytes.length + 1, sha256: sha256(bytes) }, await inspect(bytes))).toMatchObject({ status: 'REJECTED', reason: expect.stringMatching(/bytes/) });
    expect(verifyUpload({ contentType: 'image/png', sizeBytes: bytes.length, sha256: sha256(Buffer.from('other')) }, await inspect(bytes))).toMatchObject({ status: 'REJECTED', reason: expect.stringMatching(/SHA-256/) });
  });

  it.each(['/JavaScript', '/JS', '/Launch', '/EmbeddedFile', '/OpenAction'])('quarantines a PDF carrying %s, even split across chunks', async (name) => {
    const bytes = pdf(`/Names << ${name} 5 0 R >>`);
    for (const chunkSize of [3, 5, 64]) {
      const inspected = await inspect(bytes, chunkSize);
      expect(inspected.activeContent).toContain(name);
      expect(verifyUpload({ contentType: 'application/pdf', sizeBytes: bytes.length, sha256: sha256(bytes) }, inspected)).toMatchObject({ status: 'QUARANTINED', reason: expect.stringContaining(name) });
    }
  });

  it('does not mistake a longer name for an active one', async () => {
    expect((await inspect(pdf('/JSON (not a script) /Launcher 1')).then((result) => result.activeContent))).toEqual([]);
  });

  it('stops a stream that outgrows the limit', async () => {
    await expect(inspect(Buffer.alloc(2048), 100, 1024)).rejects.toBeInstanceOf(UploadTooLarge);
  });

  it('accepts plain file names and refuses paths', () => {
    expect(fileNameProblem('pathology-report (EN).pdf')).toBeNull();
    for (const bad of ['../../etc/passwd', 'a/b.pdf', 'a\\b.pdf', '..', 'x\u0000.pdf', '']) expect(fileNameProblem(bad)).not.toBeNull();
  });
});
