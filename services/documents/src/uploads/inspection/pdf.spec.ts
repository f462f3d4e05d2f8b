import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { Malformed } from './findings';
import { inspectPdf, normaliseName } from './pdf';

/** A PDF whose object 4 is a stream with the given dictionary entries and body. */
function withStream(dictionary: string, body: Buffer): Buffer {
  const head =
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>\nendobj\n';
  return Buffer.concat([
    Buffer.from(`${head}4 0 obj\n<< ${dictionary} /Length ${body.length} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

describe('PDF inspection relies on pdf-lib as verified here', () => {
  it('pdf-lib expands compressed object streams when it loads, so the walk sees their objects', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
    const bytes = Buffer.from(await document.save({ useObjectStreams: true }));
    expect(bytes.includes('/ObjStm')).toBe(true);
    expect(bytes.includes('JavaScript')).toBe(false);
    const loaded = await PDFDocument.load(bytes, { throwOnInvalidObject: true });
    expect(loaded.catalog.lookup(PDFName.of('OpenAction'), PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('JavaScript'));
    expect(await inspectPdf(bytes)).toEqual([{ verdict: 'QUARANTINED', reason: 'the PDF carries active content (/JS, /JavaScript, /OpenAction)' }]);
  });

  it('pdf-lib decodes upper-case #xx escapes only, so names are normalised here', () => {
    expect(PDFName.of('J#61vaScript')).toBe(PDFName.of('JavaScript'));
    expect(PDFName.of('#4aS').decodeText()).not.toBe('JS');
    expect(normaliseName(PDFName.of('#4aS').decodeText())).toBe('JS');
  });

  it('refuses an object stream that would inflate past the limit, before pdf-lib inflates it', async () => {
    const bomb = deflateSync(Buffer.alloc(65 * 1024 * 1024), { level: 9 });
    await expect(inspectPdf(withStream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', bomb))).rejects.toEqual(
      new Malformed('the PDF expands beyond inspection limits'),
    );
  });

  it('finds active names in an object stream pdf-lib does not recognise (type written with a lower-case escape)', async () => {
    const objects = '5 0 << /S /JavaScript /JS (app.alert(1)) >>';
    const pdf = withStream('/Type /#4fbjStm /N 1 /First 4 /Filter /FlateDecode', deflateSync(Buffer.from(objects)));
    expect(await inspectPdf(pdf)).toEqual([{ verdict: 'QUARANTINED', reason: 'the PDF carries active content (/JS, /JavaScript)' }]);
  });

  it('refuses indirect stream filters on object streams (their expansion cannot be bounded up front)', async () => {
    await expect(inspectPdf(withStream('/Type /ObjStm /N 1 /First 4 /Filter 9 0 R', Buffer.from('x')))).rejects.toBeInstanceOf(Malformed);
  });

  it('allows whitespace after %%EOF but nothing else', async () => {
    const pdf = withStream('', Buffer.from('q Q'));
    expect(await inspectPdf(Buffer.concat([pdf, Buffer.from('\r\n\n  \0')]))).toEqual([]);
    await expect(inspectPdf(Buffer.concat([pdf, Buffer.from('\n%')]))).rejects.toEqual(new Malformed('data follows the end of the PDF'));
  });
});
