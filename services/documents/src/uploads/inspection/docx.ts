import { Readable } from 'node:stream';
import { Entry, fromBufferPromise, ZipFile } from 'yauzl';
import { ensure, Finding, Malformed, quarantined } from './findings';
import { hasExecutableExtension } from './executable-extensions';

/** Zip-bomb bounds: entries, total and per-entry expansion, and the most we inflate of one XML part we read. */
export const DOCX_LIMITS = { maxEntries: 10_000, maxTotalUncompressed: 512 * 1024 * 1024, maxRatio: 200, maxPartBytes: 16 * 1024 * 1024 };
const NOT_ZIP = 'the file is not a well-formed Word (DOCX) package';
/** Content types that make a package run code or host foreign objects. */
const ACTIVE_CONTENT_TYPES = /macroEnabled|vbaProject|vbaData|activeX|oleObject|ms-office\.vbaProject/i;
/** Relationship types that pull in other content when the document opens. */
const PULLING_RELATIONSHIPS = /\/(attachedTemplate|oleObject|frame|subDocument|aFChunk|control|package)$/;
const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * A DOCX must be a real ZIP (central directory parses, nothing appended, no duplicate or unsafe
 * names, no encryption, bounded expansion) holding an OOXML word-processing package. Macros,
 * ActiveX, embedded OLE objects, and relationships that fetch templates, frames or objects from
 * elsewhere (the remote-template and "Follina" routes) are active content: QUARANTINED.
 * External hyperlinks to web or mail addresses are ordinary and pass.
 */
export async function inspectDocx(bytes: Buffer): Promise<Finding[]> {
  let zip: ZipFile;
  try {
    // strictFileNames refuses backslashes; yauzl itself refuses absolute and ".." paths.
    zip = await fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, decodeStrings: true });
  } catch {
    throw new Malformed(NOT_ZIP);
  }
  try {
    ensure(zip.entryCount <= DOCX_LIMITS.maxEntries, 'the DOCX has too many parts to inspect');
    const entries = new Map<string, Entry>();
    let total = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entry.fileName;
        ensure(!entries.has(name.toLowerCase()), NOT_ZIP);
        ensure((entry.generalPurposeBitFlag & 1) === 0, 'the DOCX is encrypted and cannot be inspected');
        total += entry.uncompressedSize;
        ensure(total <= DOCX_LIMITS.maxTotalUncompressed, 'the DOCX expands beyond inspection limits');
        ensure(entry.uncompressedSize <= Math.max(1024 * 1024, entry.compressedSize * DOCX_LIMITS.maxRatio), 'the DOCX expands beyond inspection limits');
        entries.set(name.toLowerCase(), entry);
      }
    } catch (error) {
      throw error instanceof Malformed ? error : new Malformed(NOT_ZIP);
    }
    const contentTypes = entries.get('[content_types].xml');
    ensure(contentTypes !== undefined && entries.has('word/document.xml'), 'the ZIP is not a Word (DOCX) document');
    const active = new Set<string>();
    for (const name of entries.keys()) {
      if (/(^|\/)vbaproject\.bin$|(^|\/)vbadata\.xml$/.test(name)) active.add('macros');
      if (/(^|\/)activex\//.test(name)) active.add('ActiveX controls');
      if (/(^|\/)embeddings\//.test(name)) active.add('embedded objects');
    }
    for (const [, type] of (await readPart(zip, contentTypes)).matchAll(/ContentType\s*=\s*["']([^"']*)["']/g)) {
      if (ACTIVE_CONTENT_TYPES.test(type)) active.add('macro or object content types');
    }
    for (const [name, entry] of entries) {
      if (!name.endsWith('.rels')) continue;
      for (const relationship of (await readPart(zip, entry)).matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
        const attributes = Object.fromEntries(
          [...relationship[1].matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(([, key, double, single]) => [key, xmlText(double ?? single)]),
        );
        const type = attributes.Type ?? '';
        const target = (attributes.Target ?? '').trim();
        const external = (attributes.TargetMode ?? '').toLowerCase() === 'external';
        if (PULLING_RELATIONSHIPS.test(type) && (external || /aFChunk$/.test(type))) active.add('content loaded from elsewhere');
        else if (external && (!SAFE_LINK.test(target) || hasExecutableExtension(target.replace(/[?#].*$/, ''))))
          active.add('links to programs or non-web addresses');
      }
    }
    return active.size > 0 ? [quarantined(`the DOCX carries active content (${[...active].sort().join(', ')})`)] : [];
  } finally {
    zip.close();
  }
}

/** One XML part, inflated up to a bound (yauzl checks the declared size against what inflates). */
async function readPart(zip: ZipFile, entry: Entry): Promise<string> {
  ensure(entry.uncompressedSize <= DOCX_LIMITS.maxPartBytes, 'the DOCX expands beyond inspection limits');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream: Readable = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > DOCX_LIMITS.maxPartBytes) {
        stream.destroy();
        throw new Malformed('the DOCX expands beyond inspection limits');
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof Malformed ? error : new Malformed(NOT_ZIP);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const xmlText = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (entity: string, body: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[body.toLowerCase()]) return named[body.toLowerCase()];
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
