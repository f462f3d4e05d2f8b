import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { ObjectStore } from '@carta/storage';
import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';

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
}

export interface RenderedPaper {
  bytes: Buffer;
  pages: number;
  /** Characters the standard fonts cannot print (shown as "?"): a caller printing a name should refuse. */
  unprintable: string[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const SIZE = { title: 16, subtitle: 10, heading: 11, body: 9.5, footer: 8 };
const LEADING = 1.35;
const GREY = rgb(0.35, 0.35, 0.35);

/** Lays the paper out on A4 pages, breaking pages (and long values) where needed. */
export async function renderPaper(paper: PrintedPaper): Promise<RenderedPaper> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(paper.title);
  pdf.setProducer('Carta');
  pdf.setCreator('Carta');
  pdf.setCreationDate(paper.createdAt);
  pdf.setModificationDate(paper.createdAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const unprintable = new Set<string>();
  const printable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/\s+/g, ' ')]
      .map((char) => {
        if (printable.has(char.codePointAt(0)!)) return char;
        unprintable.add(char);
        return '?';
      })
      .join('');

  const width = A4.width - 2 * MARGIN;
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
    font: PDFFont,
    size: number,
    options: { align?: 'left' | 'right'; within?: number; color?: ReturnType<typeof rgb> } = {},
  ) => {
    const shift = options.align === 'right' && options.within ? options.within - font.widthOfTextAtSize(text, size) : 0;
    page.drawText(text, { x: x + shift, y: y - size, size, font, color: options.color });
  };
  const wrap = (text: string, font: PDFFont, size: number, within: number): string[] => {
    const lines: string[] = [];
    let current = '';
    for (const word of clean(text).split(' ')) {
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= within || !current) current = candidate;
      else {
        lines.push(current);
        current = word;
      }
      // A single word wider than the column (a long reference) is cut rather than overflowing.
      while (font.widthOfTextAtSize(current, size) > within && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(current.slice(0, cut), size) > within) cut--;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    lines.push(current);
    return lines;
  };
  const heading = (text?: string) => {
    if (!text) return;
    room(SIZE.heading * LEADING * 3);
    y -= SIZE.heading * 0.8;
    line(clean(text), MARGIN, bold, SIZE.heading);
    y -= SIZE.heading * LEADING + 2;
  };
  const row = (cells: string[], columns: Column[], font: PDFFont) => {
    const widths = columns.map((column) => column.width * width);
    const wrapped = cells.map((cell, index) => wrap(cell, font, SIZE.body, widths[index] - 6));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * SIZE.body * LEADING;
    room(height);
    const top = y;
    let x = MARGIN;
    wrapped.forEach((lines, index) => {
      y = top;
      for (const text of lines) {
        line(text, x, font, SIZE.body, { align: columns[index].align, within: widths[index] - 6 });
        y -= SIZE.body * LEADING;
      }
      x += widths[index];
    });
    y = top - height - 2;
  };

  line(clean(paper.title), MARGIN, bold, SIZE.title);
  y -= SIZE.title * LEADING;
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
  pages.forEach((each, index) => {
    each.drawText(`${footer}  ·  page ${index + 1} of ${pages.length}`, { x: MARGIN, y: MARGIN - 20, size: SIZE.footer, font: regular, color: GREY });
  });
  const bytes = Buffer.from(await pdf.save({ useObjectStreams: false }));
  return { bytes, pages: pages.length, unprintable: [...unprintable] };
}

/**
 * The text a paper shows, line by line, read back from its content streams: for tests and checks
 * that a paper carries the fields it must (standard-font text only, as renderPaper writes it).
 */
export function readPaperText(bytes: Buffer): string[] {
  const source = bytes.toString('latin1');
  const lines: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      content = match[1];
    }
    for (const shown of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) lines.push(Buffer.from(shown[1], 'hex').toString('latin1'));
  }
  return lines;
}

export interface StoredPaper {
  objectKey: string;
  sha256: string;
}

/**
 * Renders a paper and stores it under its key, the one way a service keeps a printed paper. A paper
 * with characters it cannot print is refused before anything is stored.
 */
export async function storePaper(store: ObjectStore, objectKey: string, paper: PrintedPaper): Promise<StoredPaper> {
  const rendered = await renderPaper(paper);
  if (rendered.unprintable.length > 0) throw new UnprintablePaper(rendered.unprintable);
  const sha256 = createHash('sha256').update(rendered.bytes).digest('hex');
  await store.put(objectKey, rendered.bytes, { size: rendered.bytes.length, contentType: 'application/pdf', metadata: { sha256 } });
  return { objectKey, sha256 };
}

export class UnprintablePaper extends Error {
  constructor(readonly characters: string[]) {
    super(`the paper cannot print ${characters.join(' ')} in its standard fonts`);
    this.name = 'UnprintablePaper';
  }
}
