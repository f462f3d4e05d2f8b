import { RECORD_KINDS, RecordKind } from '@carta/contracts';
import { evaluateChecklist, RecordStatus } from './checklist-evaluation';

const statuses = (entries: [RecordKind, RecordStatus][]) => new Map(entries);

describe('evaluateChecklist', () => {
  it('is INCOMPLETE with every kind missing, and says so', () => {
    const evaluation = evaluateChecklist(new Map());
    expect(evaluation.completeness).toBe('INCOMPLETE');
    expect(evaluation.missing).toEqual([...RECORD_KINDS]);
    expect(evaluation.expectedPiResponse).toEqual({ minDays: 28, maxDays: 42 });
  });

  it('is PARTIAL when some kinds are present', () => {
    const evaluation = evaluateChecklist(statuses([['PATHOLOGY_REPORT', 'PRESENT'], ['BLOOD_PANEL', 'PRESENT']]));
    expect(evaluation.completeness).toBe('PARTIAL');
    expect(evaluation.missing).not.toContain('PATHOLOGY_REPORT');
    expect(evaluation.missing).toHaveLength(4);
    expect(evaluation.expectedPiResponse).toEqual({ minDays: 14, maxDays: 21 });
  });

  it('is COMPLETE only when every kind is present and fresh', () => {
    const all = statuses(RECORD_KINDS.map((kind) => [kind, 'PRESENT']));
    expect(evaluateChecklist(all).completeness).toBe('COMPLETE');
    all.set('BLOOD_PANEL', 'STALE');
    const evaluation = evaluateChecklist(all);
    expect(evaluation.completeness).toBe('PARTIAL');
    expect(evaluation.stale).toEqual(['BLOOD_PANEL']);
  });
});
