import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { ensure, Finding, Malformed, quarantined } from './findings';

/** Decompression bounds for the object streams decoded before pdf-lib sees them (flate bombs). */
export const PDF_LIMITS = { maxStreamBytes: 64 * 1024 * 1024, maxDecodedBytes: 256 * 1024 * 1024, maxDepth: 200 };
const NOT_PDF = 'the file is not a well-formed PDF';
const ENCRYPTED = 'the PDF is encrypted and cannot be inspected';

/**
 * Names that make a PDF act whatever their context: scripts, launched programs, form submission
 * and data import, remote documents, embedded files and rich media, XFA forms and automatic
 * (additional) actions. /OpenAction and /URI are judged by their value instead: opening at a page
 * and links to web or mail addresses are ordinary.
 */
const ACTIVE_NAMES = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'EF',
  'FileAttachment',
  'RichMedia',
  'XFA',
  'AA',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'Rendition',
  'Movie',
  'Sound',
]);
const SAFE_LINK = /^(https?:|mailto:)/i;
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/** A PDF name token: a solidus and regular characters (ISO 32000 §7.2.2 delimiters end it). */
// eslint-disable-next-line no-control-regex -- NUL is PDF whitespace, so it ends a name
const NAME_TOKEN = /\/([^\s/<>[\]()%{}\x00]*)/g;

/** Names as a viewer reads them: every #xx escape decoded, in either case (pdf-lib decodes upper case only). */
export const normaliseName = (raw: string) => raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Structural inspection of a PDF held in memory:
 * 1. nothing but whitespace after the last %%EOF (an appended program makes a polyglot);
 * 2. object streams are decoded here first, bounded (pdf-lib would inflate them without limit),
 *    and their objects and the bytes outside streams are scanned for active names, #-escapes
 *    decoded — this also covers objects a viewer would read but pdf-lib's parser skips;
 * 3. pdf-lib parses the whole file strictly (throwOnInvalidObject) and expands object streams;
 *    encrypted files are refused (their objects cannot be read);
 * 4. every indirect object is walked (dictionaries, arrays, stream dictionaries, nested) for
 *    active keys and action types.
 */
export async function inspectPdf(bytes: Buffer): Promise<Finding[]> {
  ensure(/^%PDF-[12]\.\d/.test(bytes.toString('latin1', 0, 8)), NOT_PDF);
  const end = bytes.lastIndexOf('%%EOF', undefined, 'latin1');
  ensure(end !== -1, 'the PDF has no end-of-file marker');
  for (let at = end + 5; at < bytes.length; at++) ensure(WHITESPACE.has(bytes[at]), 'data follows the end of the PDF');

  const active = new Set<string>();
  const text = bytes.toString('latin1');
  const scanNames = (from: string) => {
    for (const [, raw] of from.matchAll(NAME_TOKEN)) {
      const name = normaliseName(raw);
      if (name === 'Encrypt') throw new Malformed(ENCRYPTED);
      if (ACTIVE_NAMES.has(name)) active.add(name);
    }
  };
  let outside = 0;
  let decodedBytes = 0;
  for (const stream of locateStreams(text)) {
    scanNames(text.slice(outside, stream.bodyStart));
    outside = stream.bodyEnd;
    const decoded = decodeObjectStream(bytes, stream, PDF_LIMITS.maxDecodedBytes - decodedBytes);
    if (decoded) {
      decodedBytes += decoded.length;
      scanNames(decoded.toString('latin1'));
    }
  }
  scanNames(text.slice(outside));

  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false });
    // A document has a catalog and at least one page (a bare header with anything after it has neither).
    if (!document.isEncrypted && document.getPageCount() < 1) throw new Malformed(NOT_PDF);
  } catch {
    throw new Malformed(NOT_PDF);
  }
  ensure(!document.isEncrypted, ENCRYPTED);
  const { context } = document;
  for (const [, object] of context.enumerateIndirectObjects()) walk(context, object, active, 0);
  return active.size > 0
    ? [
        quarantined(
          `the PDF carries active content (${[...active]
            .sort()
            .map((name) => `/${name}`)
            .join(', ')})`,
        ),
      ]
    : [];
}

function walk(context: PDFContext, object: PDFObject, active: Set<string>, depth: number): void {
  ensure(depth <= PDF_LIMITS.maxDepth, NOT_PDF);
  if (object instanceof PDFName) {
    const name = normaliseName(object.decodeText());
    if (ACTIVE_NAMES.has(name)) active.add(name);
  } else if (object instanceof PDFArray) {
    for (const item of object.asArray()) walk(context, item, active, depth + 1);
  } else if (object instanceof PDFStream) {
    walk(context, object.dict, active, depth + 1);
  } else if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const name = normaliseName(key.decodeText());
      if (ACTIVE_NAMES.has(name)) active.add(name);
      if (name === 'OpenAction' && !opensAtAPage(context, value)) active.add('OpenAction');
      if (name === 'URI' && nameOf(context.lookup(object.get(PDFName.of('S')))) === 'URI' && !isWebLink(context.lookup(value))) active.add('URI');
      walk(context, value, active, depth + 1);
    }
  }
}

/** An /OpenAction that is a destination, or a plain GoTo action, only opens the document at a page. */
function opensAtAPage(context: PDFContext, value: PDFObject): boolean {
  const target = context.lookup(value);
  if (target instanceof PDFArray) return true;
  return target instanceof PDFDict && nameOf(context.lookup(target.get(PDFName.of('S')))) === 'GoTo';
}

const nameOf = (object: PDFObject | undefined) => (object instanceof PDFName ? normaliseName(object.decodeText()) : null);
const isWebLink = (object: PDFObject | undefined) =>
  (object instanceof PDFString || object instanceof PDFHexString) && SAFE_LINK.test(object.decodeText().trim());

interface LocatedStream {
  /** Where the stream dictionary's "<<" search may start (just after "obj"), or -1. */
  objectStart: number;
  dictEnd: number;
  bodyStart: number;
  bodyEnd: number;
}

/** Stream bodies found lexically: `>> stream EOL … endstream`. */
function* locateStreams(text: string): Generator<LocatedStream> {
  const keyword = />>\s*stream(?:\r\n|\r|\n)/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const bodyStart = match.index + match[0].length;
    const endstream = text.indexOf('endstream', bodyStart);
    const bodyEnd = endstream === -1 ? text.length : endstream;
    const obj = text.lastIndexOf('obj', match.index);
    yield { objectStart: obj === -1 ? -1 : obj + 3, dictEnd: match.index + 2, bodyStart, bodyEnd };
    keyword.lastIndex = bodyEnd;
  }
}

/**
 * Decodes a stream that is (or could be read as) an object stream or cross-reference stream,
 * within `budget` bytes; other streams (page content, images, fonts) hold no objects and are
 * left alone. Returns null when the stream is not one of those or does not decode.
 */
function decodeObjectStream(bytes: Buffer, stream: LocatedStream, budget: number): Buffer | null {
  if (stream.objectStart === -1) return null;
  let dict: PDFObject;
  try {
    dict = PDFObjectParser.forBytes(bytes.subarray(stream.objectStart, stream.dictEnd), PDFContext.create()).parseObject();
  } catch {
    return null;
  }
  if (!(dict instanceof PDFDict)) return null;
  const type = nameOf(dict.get(PDFName.of('Type')));
  const objectStreamShaped = dict.get(PDFName.of('N')) instanceof PDFNumber && dict.get(PDFName.of('First')) instanceof PDFNumber;
  if (!objectStreamShaped && type !== 'ObjStm' && type !== 'XRef') return null;
  // An indirect filter cannot be known before parsing, so the bound could not be applied.
  ensure(
    !(dict.get(PDFName.of('Filter')) instanceof PDFRef) && !(dict.get(PDFName.of('DecodeParms')) instanceof PDFRef),
    'the PDF uses indirect stream filters, which cannot be inspected',
  );
  const limit = Math.min(PDF_LIMITS.maxStreamBytes, budget);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    const decoder = decodePDFRawStream(PDFRawStream.of(dict, bytes.subarray(stream.bodyStart, stream.bodyEnd)));
    for (let part = decoder.getBytes(1024 * 1024); part.length > 0; part = decoder.getBytes(1024 * 1024)) {
      size += part.length;
      if (size > limit) throw new Malformed('the PDF expands beyond inspection limits');
      parts.push(Buffer.from(part));
    }
  } catch (error) {
    if (error instanceof Malformed) throw error;
    return null; // unsupported filter or corrupt data: pdf-lib's strict parse decides
  }
  return Buffer.concat(parts);
}
