import { readPaperText } from '@carta/testing';
import { PDFDocument } from 'pdf-lib';
import { PrintedPaper, renderPaper } from './printed-paper';
import { unprintableCharacters } from './typeface';

const paper = (overrides: Partial<PrintedPaper> = {}): PrintedPaper => ({
  title: 'Invitation letter',
  subtitle: 'Peking University Third Hospital, Beijing',
  footer: 'Ref. L-1',
  createdAt: new Date('2026-11-24T10:00:00Z'),
  blocks: [
    {
      kind: 'fields',
      heading: 'Patient',
      fields: [
        ['Name', 'Mei Tanaka'],
        ['Passport', 'TK1234567'],
      ],
    },
    {
      kind: 'table',
      heading: 'Costs',
      columns: [
        { title: 'Item', width: 0.6 },
        { title: 'CNY', width: 0.4, align: 'right' },
      ],
      rows: [['Apheresis', '15,000.00']],
      totals: [['Total', '15,000.00']],
    },
    { kind: 'text', paragraphs: ['A planning range: the centre confirms the exact days.'] },
  ],
  ...overrides,
});

describe('renderPaper', () => {
  it('prints every field, row and paragraph as text a reader can find', async () => {
    const rendered = await renderPaper(paper());
    expect(rendered.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await readPaperText(rendered.bytes);
    expect(text).toEqual(
      // A reader sees a row as one line: label and value, cell after cell.
      expect.arrayContaining(['Invitation letter', 'Patient', 'Name Mei Tanaka', 'Passport TK1234567', 'Apheresis 15,000.00', 'Total 15,000.00']),
    );
    const loaded = await PDFDocument.load(rendered.bytes);
    expect(loaded.getTitle()).toBe('Invitation letter');
    expect(loaded.getCreationDate()?.toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });

  it('renders the same paper to the same bytes, with no active content', async () => {
    const [first, second] = await Promise.all([renderPaper(paper()), renderPaper(paper())]);
    expect(first.bytes.equals(second.bytes)).toBe(true);
    expect(first.bytes.toString('latin1')).not.toMatch(/\/JavaScript|\/JS|\/OpenAction|\/Launch|\/EmbeddedFile/);
  });

  it('breaks long tables across pages and numbers every page', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`Line ${index + 1}`, `${index}.00`]);
    const rendered = await renderPaper(
      paper({
        blocks: [
          {
            kind: 'table',
            columns: [
              { title: 'Item', width: 0.6 },
              { title: 'CNY', width: 0.4, align: 'right' },
            ],
            rows,
          },
        ],
      }),
    );
    expect(rendered.pages).toBeGreaterThan(1);
    const text = await readPaperText(rendered.bytes);
    expect(text).toContain('Line 120 119.00');
    expect(text.join('\n')).toMatch(new RegExp(`Ref\\. L-1 +· +page ${rendered.pages} of ${rendered.pages}`));
  });

  it('prints Chinese and Latin on one paper, reading back as the same text, and stays small', async () => {
    const rendered = await renderPaper(
      paper({
        title: '邀请函 Invitation letter',
        blocks: [
          {
            kind: 'fields',
            heading: '患者 Patient',
            fields: [
              ['医院 Hospital', '北京大学第三医院 Peking University Third Hospital'],
              ['文号 Reference', '北大医院国际医疗部〔2026〕第15号'],
              ['姓名 Name', 'Ọkafọ Adaeze, 王芳'],
            ],
          },
          { kind: 'text', paragraphs: ['地址：北京市海淀区花园北路49号，邮编100191。Address: 49 North Garden Road, Haidian District, Beijing.'] },
        ],
      }),
    );
    expect(rendered.unprintable).toEqual([]);
    const text = (await readPaperText(rendered.bytes)).join('\n');
    for (const expected of [
      '邀请函 Invitation letter',
      '北京大学第三医院 Peking University Third Hospital',
      '北大医院国际医疗部〔2026〕第15号',
      'Ọkafọ Adaeze, 王芳',
      '地址：北京市海淀区花园北路49号',
    ])
      expect(text).toContain(expected);
    // Only the glyphs used are embedded: a CJK paper stays a small file.
    expect(rendered.bytes.length).toBeLessThan(120_000);
  });

  it('prints a watermark across every page, e.g. on a draft', async () => {
    const rendered = await renderPaper(paper({ watermark: '草稿 DRAFT' }));
    expect((await readPaperText(rendered.bytes)).join('\n')).toContain('草稿 DRAFT');
  });

  it("keeps a long watermark on the page: the draft letter's reads whole, not cut at the page's edge", async () => {
    // PDF.js extracts only what lies on the page: a watermark running off it loses its last words.
    const watermark = '草稿 DRAFT · 无效 NOT VALID';
    const rendered = await renderPaper(paper({ watermark }));
    expect((await readPaperText(rendered.bytes)).join('\n')).toContain(watermark);
  });

  it('reports characters the typeface cannot print instead of failing or dropping them silently', async () => {
    const rendered = await renderPaper(paper({ blocks: [{ kind: 'fields', fields: [['Name', '王芳 \u{1D11E} (Wang Fang)']] }] }));
    expect(rendered.unprintable).toEqual(['\u{1D11E}']);
    expect((await readPaperText(rendered.bytes)).join('\n')).toContain('王芳 ? (Wang Fang)');
  });
});

describe('unprintableCharacters', () => {
  it('finds the characters no slice of the typeface has a glyph for, by coverage', () => {
    expect(unprintableCharacters('Ọkafọ 王芳 Müller Иванов 〔2026〕第15号')).toEqual([]);
    // A musical symbol and a private-use character: no glyph anywhere in the font.
    expect(unprintableCharacters('Adaeze \u{1D11E}\uE000 \u{1D11E}')).toEqual(['\u{1D11E}', '\uE000']);
  });
});
