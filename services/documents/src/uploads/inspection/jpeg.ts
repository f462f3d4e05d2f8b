import { ensure, Finding, Malformed } from './findings';

const BAD = 'the JPEG is not well-formed';
/** Start-of-frame markers: baseline, extended, progressive, lossless, hierarchical, arithmetic. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * Walks the marker segments of a JPEG: SOI, length-prefixed segments within bounds, a frame
 * header, at least one scan whose entropy-coded data runs to the next marker, then EOI, after
 * which only padding (0x00 / 0xFF) may follow. JPEG magic glued to HTML, or an image with a
 * payload appended after EOI, fails here.
 */
export function inspectJpeg(bytes: Buffer): Finding[] {
  ensure(bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8, BAD);
  let at = 2;
  let frame = false;
  let scans = 0;
  for (;;) {
    ensure(at < bytes.length && bytes[at] === 0xff, 'the JPEG ends or breaks before its end marker');
    while (at < bytes.length && bytes[at] === 0xff) at++; // fill bytes may precede a marker
    ensure(at < bytes.length, 'the JPEG ends before its end marker');
    const marker = bytes[at++];
    if (marker === 0xd9) break;
    ensure(marker !== 0xd8 && marker !== 0x00, BAD);
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // standalone markers
    ensure(marker >= 0xc0, BAD); // 0x02–0xBF are reserved
    ensure(at + 2 <= bytes.length, BAD);
    const length = bytes.readUInt16BE(at);
    ensure(length >= 2 && at + length <= bytes.length, 'a JPEG segment runs past the end of the file');
    const segment = bytes.subarray(at + 2, at + length);
    at += length;
    if (SOF.has(marker)) {
      ensure(!frame && segment.length >= 6, BAD);
      const components = segment[5];
      ensure(segment.readUInt16BE(3) > 0 && components >= 1 && components <= 4 && segment.length === 6 + 3 * components, BAD);
      frame = true;
    } else if (marker === 0xda) {
      ensure(frame && segment.length >= 1, BAD);
      const components = segment[0];
      ensure(components >= 1 && components <= 4 && segment.length === 4 + 2 * components, BAD);
      scans++;
      at = endOfEntropyData(bytes, at);
    }
  }
  ensure(frame && scans > 0, 'the JPEG has no image data');
  for (; at < bytes.length; at++) ensure(bytes[at] === 0x00 || bytes[at] === 0xff, 'data follows the end of the JPEG image');
  return [];
}

/** Entropy-coded data ends at the first marker that is neither a stuffed 0xFF00 nor a restart marker. */
function endOfEntropyData(bytes: Buffer, from: number): number {
  for (let at = from; at + 1 < bytes.length; at++) {
    if (bytes[at] !== 0xff) continue;
    const next = bytes[at + 1];
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return at;
  }
  throw new Malformed('the JPEG ends inside its image data');
}
