import { Readable } from 'node:stream';
import { Malformed } from './findings';
import { inspectTiff, TIFF_LIMITS } from './tiff';

/** One little-endian IFD (8×8 grey, one strip at `strip`) linking to `next`. */
function ifd(strip: number, next: number): Buffer {
  const entries: [number, number, number][] = [
    [256, 3, 8],
    [257, 3, 8],
    [273, 4, strip],
    [279, 4, 64],
  ];
  const bytes = Buffer.alloc(2 + 12 * entries.length + 4);
  bytes.writeUInt16LE(entries.length, 0);
  entries.forEach(([tag, type, value], i) => {
    bytes.writeUInt16LE(tag, 2 + 12 * i);
    bytes.writeUInt16LE(type, 4 + 12 * i);
    bytes.writeUInt32LE(1, 6 + 12 * i);
    bytes.writeUInt32LE(value, 10 + 12 * i);
  });
  bytes.writeUInt32LE(next, bytes.length - 4);
  return bytes;
}

/**
 * A sparse TIFF described as pieces at offsets, streamed in 1 MB chunks without ever being held
 * whole; counts how often it is opened.
 */
function sparse(size: number, pieces: [number, Buffer][]) {
  const file = {
    opens: 0,
    open: async () => {
      file.opens++;
      return Readable.from(
        (function* () {
          for (let start = 0; start < size; start += 1 << 20) {
            const chunk = Buffer.alloc(Math.min(1 << 20, size - start));
            for (const [at, bytes] of pieces)
              if (at < start + chunk.length && at + bytes.length > start) bytes.copy(chunk, Math.max(0, at - start), Math.max(0, start - at));
            yield chunk;
          }
        })(),
      );
    },
  };
  return file;
}
const header = (first: number) => {
  const bytes = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0, 0, 0, 0]);
  bytes.writeUInt32LE(first, 4);
  return bytes;
};

describe('TIFF inspection over a stream', () => {
  it('walks a 40 MB two-page TIFF whose directories sit at the end and point backwards, in two passes', async () => {
    const size = 40 << 20;
    const last = size - 64;
    const middle = 20 << 20;
    const file = sparse(size, [
      [0, header(last)],
      [last, ifd(8, middle)],
      [middle, ifd(8, 0)],
    ]);
    const head = (await file.open()).read(64 * 1024) as Buffer;
    file.opens = 0;
    expect(await inspectTiff(file.open, size, head)).toEqual([]);
    expect(file.opens).toBe(2); // one pass reaches the end directory, one goes back for the middle one
  });

  it(`gives up as too complex when the chain keeps pointing backwards past ${TIFF_LIMITS.maxPasses} passes`, async () => {
    const size = 4 << 20;
    const count = TIFF_LIMITS.maxPasses + 4;
    const offsetOf = (i: number) => size - 64 - i * 256 * 1024; // each directory a block behind the last
    const pieces: [number, Buffer][] = [[0, header(offsetOf(0))]];
    for (let i = 0; i < count; i++) pieces.push([offsetOf(i), ifd(8, i + 1 < count ? offsetOf(i + 1) : 0)]);
    const file = sparse(size, pieces);
    await expect(inspectTiff(file.open, size, pieces[0][1])).rejects.toEqual(new Malformed('the TIFF is too complex to inspect'));
    expect(file.opens).toBe(TIFF_LIMITS.maxPasses);
  });
});
