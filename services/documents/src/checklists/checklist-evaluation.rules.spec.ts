import { RECORD_KINDS, RecordKind } from '@carta/contracts';
import { evaluateChecklist, RecordOnFile, staleOn } from './checklist-evaluation.rules';

const record = (kind: RecordKind, recordDate = '2026-11-01', extra: Partial<RecordOnFile> = {}): RecordOnFile => ({
  kind,
  versionId: `v-${kind}`,
  recordDate,
  language: 'en',
  hasEnglishTranslation: false,
  ...extra,
});
const allSix = (recordDate = '2026-11-01') => RECORD_KINDS.map((kind) => record(kind, recordDate));

describe('evaluateChecklist', () => {
  it('is INCOMPLETE with every kind missing, and says so', () => {
    const evaluation = evaluateChecklist([], '2026-11-22');
    expect(evaluation.completeness).toBe('INCOMPLETE');
    expect(evaluation.missing).toEqual([...RECORD_KINDS]);
    expect(evaluation.expectedPiResponse).toEqual({ minDays: 28, maxDays: 42 });
    expect(evaluation.nextChangeOn).toBeNull();
  });

  it('is PARTIAL when some kinds are present', () => {
    const evaluation = evaluateChecklist([record('PATHOLOGY_REPORT'), record('BLOOD_PANEL')], '2026-11-02');
    expect(evaluation.completeness).toBe('PARTIAL');
    expect(evaluation.missing).toHaveLength(4);
    expect(evaluation.expectedPiResponse).toEqual({ minDays: 14, maxDays: 21 });
  });

  it('is COMPLETE when every kind is present, recent and translated', () => {
    const evaluation = evaluateChecklist(allSix(), '2026-11-02');
    expect(evaluation.completeness).toBe('COMPLETE');
    expect(evaluation.expectedPiResponse).toEqual({ minDays: 7, maxDays: 10 });
  });

  it('turns a blood panel stale four weeks after it was drawn, and knows when that will happen', () => {
    expect(evaluateChecklist(allSix('2026-11-01'), '2026-11-28')).toMatchObject({ completeness: 'COMPLETE', nextChangeOn: '2026-11-29' });
    const aged = evaluateChecklist(allSix('2026-11-01'), '2026-11-29');
    expect(aged.completeness).toBe('PARTIAL');
    expect(aged.stale).toEqual(['BLOOD_PANEL']);
    expect(aged.nextChangeOn).toBe('2026-12-27');
  });

  it('applies each kind its own recency: flow three months, imaging eight weeks, history never', () => {
    expect(staleOn('FLOW_CYTOMETRY', '2026-01-31')).toBe('2026-05-01');
    expect(staleOn('IMAGING', '2026-11-01')).toBe('2026-12-27');
    expect(staleOn('TREATMENT_HISTORY', '2020-01-01')).toBeNull();
    expect(evaluateChecklist(allSix('2025-01-01'), '2026-11-22').stale).toEqual(['FLOW_CYTOMETRY', 'BLOOD_PANEL', 'IMAGING']);
  });

  it('needs an English translation of a pathology report written in another language', () => {
    const records = [...allSix().filter((item) => item.kind !== 'PATHOLOGY_REPORT'), record('PATHOLOGY_REPORT', '2026-11-01', { language: 'fr' })];
    expect(evaluateChecklist(records, '2026-11-02')).toMatchObject({ completeness: 'PARTIAL', untranslated: ['PATHOLOGY_REPORT'] });
    records[records.length - 1].hasEnglishTranslation = true;
    expect(evaluateChecklist(records, '2026-11-02').completeness).toBe('COMPLETE');
  });

  it('judges a kind by its newest record', () => {
    const evaluation = evaluateChecklist([...allSix('2026-11-01'), record('BLOOD_PANEL', '2025-01-01')], '2026-11-02');
    expect(evaluation.items.find((item) => item.kind === 'BLOOD_PANEL')?.recordDate).toBe('2026-11-01');
  });
});
