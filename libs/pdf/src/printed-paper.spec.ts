import { PDFDocument } from 'pdf-lib';
import { PrintedPaper, readPaperText, renderPaper } from './printed-paper';

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
    const text = readPaperText(rendered.bytes);
    expect(text).toEqual(
      expect.arrayContaining(['Invitation letter', 'Patient', 'Mei Tanaka', 'TK1234567', 'Apheresis', '15,000.00', 'Total', 'Ref. L-1  ·  page 1 of 1']),
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
    const text = readPaperText(rendered.bytes);
    expect(text).toContain('Line 120');
    expect(text).toContain(`Ref. L-1  ·  page ${rendered.pages} of ${rendered.pages}`);
  });

  it('reports characters the standard fonts cannot print instead of failing or dropping them silently', async () => {
    const rendered = await renderPaper(paper({ blocks: [{ kind: 'fields', fields: [['Name', '王芳 (Wang Fang)']] }] }));
    expect(rendered.unprintable).toEqual(['王', '芳']);
    expect(readPaperText(rendered.bytes)).toContain('?? (Wang Fang)');
  });
});
