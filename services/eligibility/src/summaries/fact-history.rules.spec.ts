import { countingFacts, lastChange, statusOf, summaryVersion, supersededBy } from './fact-history.rules';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));
const row = (id: string, extra: Partial<{ supersedesFactId: string; retractedAt: Date; sourceDocumentId: string }> = {}) => ({
  id,
  supersedesFactId: extra.supersedesFactId ?? null,
  retractedAt: extra.retractedAt ?? null,
  recordedAt: at(id.charCodeAt(0) - 96),
  sourceDocumentId: extra.sourceDocumentId ?? 'doc-1',
});

describe('a case’s fact history', () => {
  // a: added; b: corrects a; c: corrects b; d: added then retracted; e: rests on a deleted document.
  const rows = [
    row('a'),
    row('b', { supersedesFactId: 'a' }),
    row('c', { supersedesFactId: 'b' }),
    row('d', { retractedAt: at(30) }),
    row('e', { sourceDocumentId: 'doc-deleted' }),
  ];

  it('counts only the newest version of each fact, never a retracted one', () => {
    expect(countingFacts(rows).map((fact) => fact.id)).toEqual(['c', 'e']);
  });

  it('keeps a fact whose document was deleted out of the summary', () => {
    expect(countingFacts(rows, new Set(['doc-deleted'])).map((fact) => fact.id)).toEqual(['c']);
  });

  it('tells each row’s status from its successors', () => {
    const successors = supersededBy(rows);
    expect(rows.map((fact) => statusOf(fact, successors))).toEqual(['SUPERSEDED', 'SUPERSEDED', 'CURRENT', 'RETRACTED', 'CURRENT']);
  });

  it('moves the version on with every write, retractions included', () => {
    expect(summaryVersion(rows)).toBe(6);
    expect(summaryVersion([])).toBe(0);
    expect(lastChange(rows)).toEqual(at(30));
    expect(lastChange([])).toBeNull();
  });
});
