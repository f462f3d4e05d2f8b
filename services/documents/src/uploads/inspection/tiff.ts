import { Readable } from 'node:stream';
import { ensure, Finding, Malformed } from './findings';
import { parseWithPasses, RangeView } from './ranged-reads';

/** Bounds for a TIFF: pages, tags per page, strips per page, and what inspection may hold or re-read. */
export const TIFF_LIMITS = { maxIfds: 1024, maxEntries: 4096, maxStrips: 1_000_000, blockSize: 16 * 1024, maxBlocks: 1024, maxPasses: 8 };
/** Bytes per value of each TIFF 6.0 field type (1–12) and the IFD type (13). */
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
const BAD = 'the TIFF is not well-formed';

/**
 * Walks the IFD chain of a TIFF without buffering it: every IFD, every out-of-line value and every
 * strip or tile must lie within the file, the chain must end (no loops), and each page must say
 * how big it is and where its image data is. Reads only the metadata, in bounded passes.
 */
export async function inspectTiff(open: () => Promise<Readable>, sizeBytes: number, head: Buffer): Promise<Finding[]> {
  await parseWithPasses(open, sizeBytes, head, walkTiff, { ...TIFF_LIMITS, label: 'TIFF' });
  return [];
}

interface Entry {
  type: number;
  count: number;
  /** The value bytes: in the entry when they fit in 4 bytes, else where the entry points. */
  at: number;
}

export function walkTiff(view: RangeView): void {
  ensure(view.size >= 8, BAD);
  const header = view.read(0, 8);
  const little = header.toString('latin1', 0, 2) === 'II';
  ensure(little || header.toString('latin1', 0, 2) === 'MM', BAD);
  const u16 = (bytes: Buffer, at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (bytes: Buffer, at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  ensure(u16(header, 2) === 42, BAD);
  const seen = new Set<number>();
  for (let offset = u32(header, 4); offset !== 0;) {
    ensure(!seen.has(offset), 'the TIFF page chain loops');
    seen.add(offset);
    ensure(seen.size <= TIFF_LIMITS.maxIfds, 'the TIFF has too many pages to inspect');
    ensure(offset >= 8 && offset + 2 <= view.size, 'a TIFF page directory lies outside the file');
    const count = u16(view.read(offset, 2), 0);
    ensure(count >= 1 && count <= TIFF_LIMITS.maxEntries, BAD);
    ensure(offset + 2 + 12 * count + 4 <= view.size, 'a TIFF page directory lies outside the file');
    const ifd = view.read(offset, 2 + 12 * count + 4);
    const entries = new Map<number, Entry>();
    for (let i = 0; i < count; i++) {
      const at = 2 + 12 * i;
      const tag = u16(ifd, at);
      const type = u16(ifd, at + 2);
      const values = u32(ifd, at + 4);
      const size = TYPE_SIZES[type];
      if (size === undefined) continue; // readers must skip unknown field types (TIFF 6.0 §2)
      const length = size * values;
      const valueAt = length <= 4 ? offset + at + 8 : u32(ifd, at + 8);
      ensure(valueAt + length <= view.size, 'a TIFF field points outside the file');
      entries.set(tag, { type, count: values, at: valueAt });
    }
    const positive = (tag: number) => {
      const entry = entries.get(tag);
      return entry !== undefined && entry.count === 1 && numbers(view, entry, u16, u32)[0] > 0;
    };
    ensure(positive(256) && positive(257), 'a TIFF page has no dimensions');
    const [offsetsTag, countsTag] = entries.has(324) ? [324, 325] : [273, 279];
    const offsets = entries.get(offsetsTag);
    const counts = entries.get(countsTag);
    ensure(offsets !== undefined && counts !== undefined && offsets.count === counts.count && offsets.count >= 1, 'a TIFF page has no image data');
    ensure(offsets.count <= TIFF_LIMITS.maxStrips, 'the TIFF has too many strips to inspect');
    const starts = numbers(view, offsets, u16, u32);
    const lengths = numbers(view, counts, u16, u32);
    starts.forEach((start, i) => ensure(start + lengths[i] <= view.size, 'TIFF image data lies outside the file'));
    offset = u32(ifd, 2 + 12 * count);
  }
  ensure(seen.size > 0, BAD);
}

/** SHORT or LONG values of an entry (what offsets, counts and dimensions are stored as). */
function numbers(view: RangeView, entry: Entry, u16: (b: Buffer, at: number) => number, u32: (b: Buffer, at: number) => number): number[] {
  if (entry.type !== 3 && entry.type !== 4) throw new Malformed(BAD);
  const size = entry.type === 3 ? 2 : 4;
  const bytes = view.read(entry.at, size * entry.count);
  return Array.from({ length: entry.count }, (_, i) => (size === 2 ? u16(bytes, i * size) : u32(bytes, i * size)));
}
