import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from '@pdf-lib/fontkit';

/**
 * The typeface every paper prints in: Noto Sans SC as `@fontsource/noto-sans-sc` ships it, in
 * unicode-range slices (one WOFF file per script or per slice of CJK). A character is printable when
 * some slice has a glyph for it; each run of text is drawn with the slice that has it, and the PDF
 * embeds only the glyphs used, so a letter stays small.
 */
export type Weight = 400 | 700;

export interface Face {
  /** Stable name of the slice ("latin", "chinese-simplified", "57"), used for the embedded font's name. */
  slice: string;
  bytes: Buffer;
  codePoints: ReadonlySet<number>;
}

// Whole-script slices first, so that ordinary Latin and Chinese text draws from few embedded fonts;
// the numbered slices then cover the rarer characters (e.g. uncommon characters in names).
const PREFERRED = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'chinese-simplified'];

const faces = new Map<Weight, Face[]>();

function fontDirectory(): string {
  return join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
}

/** The slices of one weight, in drawing preference; loaded once per process. */
export function facesOf(weight: Weight): Face[] {
  const known = faces.get(weight);
  if (known) return known;
  const directory = fontDirectory();
  const suffix = `-${weight}-normal.woff`;
  const slices = readdirSync(directory)
    .filter((file) => file.startsWith('noto-sans-sc-') && file.endsWith(suffix))
    .map((file) => file.slice('noto-sans-sc-'.length, -suffix.length))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
  const loaded: Face[] = [];
  for (const slice of slices) {
    const bytes = woffToSfnt(readFileSync(join(directory, `noto-sans-sc-${slice}${suffix}`)));
    try {
      loaded.push({ slice, bytes, codePoints: new Set(fontkit.create(bytes).characterSet) });
    } catch {
      // A slice the font engine cannot read (one ships without a usable cmap) covers nothing for us.
    }
  }
  if (!loaded.some((face) => face.slice === 'latin')) throw new Error(`the Noto Sans SC ${weight} slices are missing from ${directory}`);
  faces.set(weight, loaded);
  return loaded;
}

/**
 * WOFF 1.0 → plain OpenType (the WOFF spec's own reverse mapping): each table inflated once with Node's
 * zlib. fontkit would otherwise inflate the 1.5 MB CJK slice in JavaScript on every render (seconds).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const at = 44 + index * 20;
    return {
      tag: woff.readUInt32BE(at),
      offset: woff.readUInt32BE(at + 4),
      compressed: woff.readUInt32BE(at + 8),
      length: woff.readUInt32BE(at + 12),
      checksum: woff.readUInt32BE(at + 16),
    };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const headerLength = 12 + 16 * count;
  const sfnt = Buffer.alloc(headerLength + tables.reduce((sum, table) => sum + padded(table.length), 0));
  let power = 1;
  while (power * 2 <= count) power *= 2;
  sfnt.writeUInt32BE(woff.readUInt32BE(4), 0); // the flavour: TrueType or CFF
  sfnt.writeUInt16BE(count, 4);
  sfnt.writeUInt16BE(power * 16, 6);
  sfnt.writeUInt16BE(Math.log2(power), 8);
  sfnt.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const stored = woff.subarray(table.offset, table.offset + table.compressed);
    const data = table.compressed < table.length ? inflateSync(stored) : stored;
    const entry = 12 + index * 16;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.length, entry + 12);
    data.copy(sfnt, offset);
    offset += padded(table.length);
  });
  return sfnt;
}

function rank(slice: string): number {
  const index = PREFERRED.indexOf(slice);
  return index === -1 ? PREFERRED.length : index;
}

/** The face that draws a character, preferring the given weight and falling back to the regular one. */
export function faceFor(char: string, weight: Weight): Face | undefined {
  const codePoint = char.codePointAt(0)!;
  return (
    facesOf(weight).find((face) => face.codePoints.has(codePoint)) ?? (weight === 400 ? undefined : facesOf(400).find((face) => face.codePoints.has(codePoint)))
  );
}

/**
 * The distinct characters of `text` the platform's embedded typeface cannot draw, in order of first
 * appearance, judged by the font's glyph coverage. Whitespace is not counted (papers print it as a
 * space). A caller that takes a name or reference for a paper refuses it at entry when this is not empty.
 */
export function unprintableCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    if (!faceFor(char, 400)) missing.add(char);
  }
  return [...missing];
}

/** Splits a text into runs that one face draws each, in reading order; unprintable characters have no face. */
export function runsOf(text: string, weight: Weight): { text: string; face: Face | undefined }[] {
  const runs: { text: string; face: Face | undefined }[] = [];
  for (const char of text) {
    // A space draws in any face; keep it in the current run so runs stay long.
    const face = char === ' ' && runs.length > 0 ? runs[runs.length - 1].face : faceFor(char, weight);
    const last = runs[runs.length - 1];
    if (last && last.face === face) last.text += char;
    else runs.push({ text: char, face });
  }
  return runs;
}
