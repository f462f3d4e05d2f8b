import { crc32, createInflate } from 'node:zlib';
import { ensure, Finding } from './findings';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The decompressed image data we are willing to count through (a 100-megapixel RGBA scan fits). */
export const PNG_MAX_RAW_BYTES = 512 * 1024 * 1024;
const CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);
/** Allowed bit depths per colour type (PNG spec, table 11.1). */
const BIT_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BAD = 'the PNG is not well-formed';

/**
 * Walks every chunk (lengths in bounds, valid CRCs, IHDR first, IEND last and nothing after it)
 * and inflates the image data, counting (not keeping) the bytes, which must be exactly what the
 * header's dimensions call for: a file that passes is a decodable image, not a polyglot.
 */
export async function inspectPng(bytes: Buffer): Promise<Finding[]> {
  ensure(bytes.length >= SIGNATURE.length && bytes.subarray(0, 8).equals(SIGNATURE), BAD);
  let at = 8;
  let header: { width: number; height: number; bitDepth: number; colourType: number; interlaced: boolean } | null = null;
  const idat: Buffer[] = [];
  let idatClosed = false;
  let sawPalette = false;
  for (;;) {
    ensure(at + 12 <= bytes.length, 'the PNG ends before its IEND chunk');
    const length = bytes.readUInt32BE(at);
    ensure(length <= 0x7fffffff && at + 12 + length <= bytes.length, 'a PNG chunk runs past the end of the file');
    const type = bytes.toString('latin1', at + 4, at + 8);
    ensure(/^[A-Za-z]{4}$/.test(type), BAD);
    const data = bytes.subarray(at + 8, at + 8 + length);
    ensure(crc32(data, crc32(bytes.subarray(at + 4, at + 8))) === bytes.readUInt32BE(at + 8 + length), 'a PNG chunk fails its checksum');
    at += 12 + length;
    if (!header) {
      ensure(type === 'IHDR' && length === 13, 'the PNG does not start with its header chunk');
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colourType: data[9], interlaced: data[12] === 1 };
      ensure(header.width > 0 && header.height > 0 && header.width <= 0x7fffffff && header.height <= 0x7fffffff, BAD);
      ensure(BIT_DEPTHS[header.colourType]?.includes(header.bitDepth) === true, BAD);
      ensure(data[10] === 0 && data[11] === 0 && data[12] <= 1, BAD);
      continue;
    }
    ensure(type !== 'IHDR', BAD);
    // An unknown critical chunk means a decoder must give up (first letter upper case = critical).
    ensure(!(type[0] >= 'A' && type[0] <= 'Z') || CRITICAL.has(type), BAD);
    if (type === 'PLTE') sawPalette = true;
    if (type === 'IDAT') {
      ensure(!idatClosed, 'the PNG image data is not contiguous');
      idat.push(data);
    } else if (idat.length > 0) idatClosed = true;
    if (type === 'IEND') {
      ensure(length === 0, BAD);
      break;
    }
  }
  ensure(at === bytes.length, 'data follows the end of the PNG image');
  ensure(header.colourType !== 3 || sawPalette, BAD);
  ensure(idat.length > 0, 'the PNG has no image data');
  const expected = rawSize(header.width, header.height, header.bitDepth * CHANNELS[header.colourType], header.interlaced);
  ensure(expected <= PNG_MAX_RAW_BYTES, 'the PNG image is too large to inspect');
  ensure((await inflatedLength(idat, expected)) === expected, 'the PNG image data does not match its dimensions');
  return [];
}

/** Bytes of filtered scanlines (one filter byte per row) for the whole image, per Adam7 pass if interlaced. */
function rawSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  const passes: [number, number, number, number][] = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  return passes.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0);
}

/** Inflates the data, keeping only a count, and stops as soon as it exceeds `limit` (decompression bombs). */
function inflatedLength(parts: Buffer[], limit: number): Promise<number> {
  const inflate = createInflate();
  let count = 0;
  const done = new Promise<number>((resolve) => {
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > limit) {
        inflate.destroy();
        resolve(count);
      }
    });
    inflate.on('end', () => resolve(count));
    inflate.on('error', () => resolve(-1));
  });
  // The input is already in memory: queue it all; output is counted as it flows and never kept.
  for (const part of parts) inflate.write(part);
  inflate.end();
  return done;
}
