import type { TFunction } from 'i18next';
import { describeFact, factFromForm } from './fact-forms';

// A stand-in for i18next's t over a tiny catalogue: enough to see which keys the description asks for.
const catalogue: Record<string, string> = {
  'records.factField.drugs': '药物',
  'records.factField.start': '开始日期',
  'records.factField.bestResponse': '最佳疗效',
  'records.factField.reasonStopped': '停药原因',
  'records.factOption.PROGRESSION': '疾病进展',
};
const t = ((key: string, options: Record<string, unknown> = {}) =>
  key === 'records.summary.factPart'
    ? `${String(options.field)}：${String(options.value)}`
    : (catalogue[key] ?? String(options.defaultValue))) as unknown as TFunction;

describe('describeFact', () => {
  it('names the fields as the form does, in the form’s order, and the choices by their names', () => {
    const fact = {
      kind: 'LINE_OF_THERAPY',
      observedOn: '2026-01-01',
      sourceDocumentId: 'd1',
      reasonStopped: 'PROGRESSION',
      bestResponse: 'PD',
      start: '2025-03-01',
      drugs: ['oxaliplatin', 'capecitabine'],
    };
    expect(describeFact(fact, t)).toBe('药物：oxaliplatin, capecitabine · 开始日期：2025-03-01 · 最佳疗效：PD · 停药原因：疾病进展');
  });

  it('still shows a field the form does not know, by its own name', () => {
    expect(describeFact({ kind: 'ECOG', value: 1, assessedBy: 'clinic' }, t)).toBe('value：1 · assessedBy：clinic');
  });

  it('describes what the form produced', () => {
    const fact = factFromForm('LAB', { analyte: 'anc', value: '2.1', unit: '10*3/uL' }, '2026-01-01', 'd1');
    expect(fact).toEqual({ kind: 'LAB', observedOn: '2026-01-01', sourceDocumentId: 'd1', analyte: 'anc', value: 2.1, unit: '10*3/uL' });
    expect(describeFact(fact, t)).toBe('analyte：anc · value：2.1 · unit：10*3/uL');
  });
});
