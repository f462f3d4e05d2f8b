import { createHash } from 'node:crypto';
import { ObjectStore } from '@carta/storage';
import * as fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, PDFFont, PDFPage, rgb } from 'pdf-lib';
import { Face, runsOf, unprintableCharacters, Weight } from './typeface';

/** What a paper says, top to bottom: the layout is the same for every paper Carta prints. */
export type Block =
  | { kind: 'fields'; heading?: string; fields: [label: string, value: string][] }
  | { kind: 'table'; heading?: string; columns: Column[]; rows: string[][]; totals?: string[][] }
  | { kind: 'text'; heading?: string; paragraphs: string[] };

export interface Column {
  title: string;
  /** Share of the line's width, 0–1; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

export interface PrintedPaper {
  title: string;
  subtitle?: string;
  /** Printed at the foot of every page with the page number, e.g. a reference or "ILLUSTRATIVE PRICES". */
  footer: string;
  /** From the caller's clock, so the same paper renders to the same bytes. */
  createdAt: Date;
  blocks: Block[];
  /** Printed large and light across every page, e.g. a draft that must not be taken for the paper itself. */
  watermark?: string;
}

export interface RenderedPaper {
  bytes: Buffer;
  pages: number;
  /** Characters the embedded typeface cannot print (shown as "?"): a caller printing a name should refuse. */
  unprintable: string[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const SIZE = { title: 16, subtitle: 10, heading: 11, body: 9.5, footer: 8 };
const LEADING = 1.35;
const GREY = rgb(0.35, 0.35, 0.35);

/** A font of the paper: the typeface's slices of one weight, each embedded (subset) when first used. */
interface Type {
  weight: Weight;
  fonts: Map<Face, PDFFont>;
}

/** Lays the paper out on A4 pages, breaking pages (and long values) where needed. */
export async function renderPaper(paper: PrintedPaper): Promise<RenderedPaper> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  pdf.setTitle(paper.title);
  pdf.setProducer('Carta');
  pdf.setCreator('Carta');
  pdf.setCreationDate(paper.createdAt);
  pdf.setModificationDate(paper.createdAt);
  const unprintable = new Set<string>();
  const clean = (text: string) => {
    const spaced = text.replace(/\s+/g, ' ');
    const missing = unprintableCharacters(spaced);
    missing.forEach((char) => unprintable.add(char));
    return missing.length === 0 ? spaced : [...spaced].map((char) => (missing.includes(char) ? '?' : char)).join('');
  };

  // Drawing is synchronous but embedding is not: embed, before laying out, every slice the paper's text needs.
  const regular: Type = { weight: 400, fonts: new Map() };
  const bold: Type = { weight: 700, fonts: new Map() };
  const embed = async (type: Type, texts: (string | undefined)[]) => {
    for (const text of texts) {
      if (!text) continue;
      for (const run of runsOf(clean(text), type.weight)) {
        if (run.face && !type.fonts.has(run.face)) {
          // A fixed subset name (not pdf-lib's random one) so the same paper renders to the same bytes.
          const customName = `${subsetTag(`${type.weight}-${run.face.slice}`)}+NotoSansSC-${type.weight === 700 ? 'Bold' : 'Regular'}`;
          type.fonts.set(run.face, await pdf.embedFont(run.face.bytes, { subset: true, customName }));
        }
      }
    }
  };
  const texts = textsOf(paper);
  await embed(regular, [...texts.regular, '0123456789 page of ·']);
  await embed(bold, [...texts.bold, paper.watermark, ' ']);

  const width = A4.width - 2 * MARGIN;
  const measure = (text: string, type: Type, size: number) =>
    runsOf(text, type.weight).reduce((sum, run) => sum + type.fonts.get(run.face!)!.widthOfTextAtSize(run.text, size), 0);
  const draw = (
    target: PDFPage,
    text: string,
    type: Type,
    options: { x: number; y: number; size: number; color?: ReturnType<typeof rgb>; rotate?: number },
  ) => {
    const angle = ((options.rotate ?? 0) * Math.PI) / 180;
    let advance = 0;
    for (const run of runsOf(text, type.weight)) {
      const font = type.fonts.get(run.face!)!;
      target.drawText(run.text, {
        x: options.x + advance * Math.cos(angle),
        y: options.y + advance * Math.sin(angle),
        size: options.size,
        font,
        color: options.color,
        rotate: options.rotate ? degrees(options.rotate) : undefined,
      });
      advance += font.widthOfTextAtSize(run.text, options.size);
    }
  };

  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const newPage = () => {
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const room = (height: number) => {
    if (y - height < MARGIN + 24) newPage();
  };
  const line = (
    text: string,
    x: number,
    type: Type,
    size: number,
    options: { align?: 'left' | 'right'; within?: number; color?: ReturnType<typeof rgb> } = {},
  ) => {
    const shift = options.align === 'right' && options.within ? options.within - measure(text, type, size) : 0;
    draw(page, text, type, { x: x + shift, y: y - size, size, color: options.color });
  };
  const wrap = (text: string, type: Type, size: number, within: number): string[] => {
    const lines: string[] = [];
    let current = '';
    for (const word of clean(text).split(' ')) {
      const candidate = current ? `${current} ${word}` : word;
      if (measure(candidate, type, size) <= within || !current) current = candidate;
      else {
        lines.push(current);
        current = word;
      }
      // A single word wider than the column (a long reference, or Chinese, written without spaces) is cut rather than overflowing.
      while (measure(current, type, size) > within && [...current].length > 1) {
        const chars = [...current];
        let cut = chars.length - 1;
        while (cut > 1 && measure(chars.slice(0, cut).join(''), type, size) > within) cut--;
        lines.push(chars.slice(0, cut).join(''));
        current = chars.slice(cut).join('');
      }
    }
    lines.push(current);
    return lines;
  };
  const heading = (text?: string) => {
    if (!text) return;
    room(SIZE.heading * LEADING * 3);
    y -= SIZE.heading * 0.8;
    for (const each of wrap(text, bold, SIZE.heading, width)) {
      line(each, MARGIN, bold, SIZE.heading);
      y -= SIZE.heading * LEADING;
    }
    y -= 2;
  };
  const row = (cells: string[], columns: Column[], type: Type) => {
    const widths = columns.map((column) => column.width * width);
    const wrapped = cells.map((cell, index) => wrap(cell, type, SIZE.body, widths[index] - 6));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * SIZE.body * LEADING;
    room(height);
    const top = y;
    let x = MARGIN;
    wrapped.forEach((lines, index) => {
      y = top;
      for (const text of lines) {
        line(text, x, type, SIZE.body, { align: columns[index].align, within: widths[index] - 6 });
        y -= SIZE.body * LEADING;
      }
      x += widths[index];
    });
    y = top - height - 2;
  };

  for (const text of wrap(paper.title, bold, SIZE.title, width)) {
    line(text, MARGIN, bold, SIZE.title);
    y -= SIZE.title * LEADING;
  }
  if (paper.subtitle) {
    for (const text of wrap(paper.subtitle, regular, SIZE.subtitle, width)) {
      line(text, MARGIN, regular, SIZE.subtitle, { color: GREY });
      y -= SIZE.subtitle * LEADING;
    }
  }
  y -= 6;

  for (const block of paper.blocks) {
    heading(block.heading);
    if (block.kind === 'fields') {
      const columns: Column[] = [
        { title: '', width: 0.32 },
        { title: '', width: 0.68 },
      ];
      for (const [label, value] of block.fields) row([label, value], columns, regular);
    } else if (block.kind === 'table') {
      row(
        block.columns.map((column) => column.title),
        block.columns,
        bold,
      );
      for (const cells of block.rows) row(cells, block.columns, regular);
      for (const cells of block.totals ?? []) row(cells, block.columns, bold);
    } else {
      for (const paragraph of block.paragraphs) {
        for (const text of wrap(paragraph, regular, SIZE.body, width)) {
          room(SIZE.body * LEADING);
          line(text, MARGIN, regular, SIZE.body);
          y -= SIZE.body * LEADING;
        }
        y -= 4;
      }
    }
    y -= 6;
  }

  const pages = pdf.getPages();
  const footer = clean(paper.footer);
  const watermark = paper.watermark ? clean(paper.watermark) : undefined;
  pages.forEach((each, index) => {
    const text = `${footer}  ·  page ${index + 1} of ${pages.length}`;
    // A long footer (a Chinese reference, a letter id) is set smaller rather than running off the page.
    const size = Math.min(SIZE.footer, (SIZE.footer * width) / measure(text, regular, SIZE.footer));
    draw(each, text, regular, { x: MARGIN, y: MARGIN - 20, size, color: GREY });
    if (watermark) {
      // Centred on the diagonal at 45°, no longer than the page's width allows, so it never runs off the page.
      const size = Math.min(64, (A4.width * Math.SQRT2 * 0.75) / Math.max(1, measure(watermark, bold, 1)));
      const half = (measure(watermark, bold, size) * Math.SQRT1_2) / 2;
      const lift = size * 0.35 * Math.SQRT1_2; // half a glyph's height, across the baseline
      const x = A4.width / 2 - half + lift;
      const y = A4.height / 2 - half - lift;
      draw(each, watermark, bold, { x, y, size, color: rgb(0.85, 0.85, 0.85), rotate: 45 });
    }
  });
  const bytes = Buffer.from(await pdf.save({ useObjectStreams: false }));
  return { bytes, pages: pages.length, unprintable: [...unprintable] };
}

/** Every text of a paper, by the weight it prints in. */
function textsOf(paper: PrintedPaper): { regular: string[]; bold: string[] } {
  const regular = [paper.subtitle ?? '', paper.footer];
  const bold = [paper.title];
  for (const block of paper.blocks) {
    bold.push(block.heading ?? '');
    if (block.kind === 'fields') regular.push(...block.fields.flat());
    else if (block.kind === 'table') {
      bold.push(...block.columns.map((column) => column.title), ...(block.totals ?? []).flat());
      regular.push(...block.rows.flat());
    } else regular.push(...block.paragraphs);
  }
  return { regular, bold };
}

/** The six capital letters PDF puts before a subset font's name, fixed for a slice. */
function subsetTag(slice: string): string {
  const digest = createHash('sha256').update(slice).digest();
  return [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

export interface StoredPaper {
  objectKey: string;
  sha256: string;
}

/**
 * Renders a paper and stores it under its key, the one way a service keeps a printed paper. A paper
 * with characters it cannot print is refused before anything is stored, unless it is a draft that
 * shows them as "?" (`unprintable: 'mark'`) beside a list of what must be corrected.
 */
export async function storePaper(
  store: ObjectStore,
  objectKey: string,
  paper: PrintedPaper,
  options: { unprintable?: 'refuse' | 'mark' } = {},
): Promise<StoredPaper> {
  const rendered = await renderPaper(paper);
  if (rendered.unprintable.length > 0 && options.unprintable !== 'mark') throw new UnprintablePaper(rendered.unprintable);
  const sha256 = createHash('sha256').update(rendered.bytes).digest('hex');
  await store.put(objectKey, rendered.bytes, { size: rendered.bytes.length, contentType: 'application/pdf', metadata: { sha256 } });
  return { objectKey, sha256 };
}

export class UnprintablePaper extends Error {
  constructor(readonly characters: string[]) {
    super(`the paper cannot print ${characters.join(' ')} in its typeface`);
    this.name = 'UnprintablePaper';
  }
}
