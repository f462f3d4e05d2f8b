import { actorsOf, filterTrail, mergeTrail, pageOf } from './audit-trail';
import { mergeDeadLetters, ofService } from './dead-letters';

const letter = (id: string, createdAt: string) => ({
  id,
  consumer: 'c',
  topic: 't',
  errorCode: 'CONTRACT_VIOLATION',
  errorMessage: 'm',
  attempts: 1,
  createdAt,
});

describe('dead letters across services', () => {
  it('merges every service that answered, newest first, each row naming its service', () => {
    const merged = mergeDeadLetters({
      intake: [letter('a', '2026-01-01T10:00:00Z')],
      travel: [letter('b', '2026-01-02T10:00:00Z'), letter('c', '2025-12-31T10:00:00Z')],
      billing: undefined, // refused or failed: its rows are simply absent
    });
    expect(merged.map((row) => [row.service, row.id])).toEqual([
      ['travel', 'b'],
      ['intake', 'a'],
      ['travel', 'c'],
    ]);
    expect(ofService(merged, 'intake').map((row) => row.id)).toEqual(['a']);
    expect(ofService(merged, null)).toHaveLength(3);
  });
});

describe('a case audit trail', () => {
  const entry = (id: string, service: string, seq: number, at: string, actor: string) => ({ id, service, seq, at, actor, action: 'case.read' });
  const rows = mergeTrail({
    intake: [entry('i1', 'intake', 1, '2026-01-01T10:00:00Z', 'coord-1'), entry('i2', 'intake', 2, '2026-01-01T10:05:00Z', 'admin-1')],
    billing: [entry('b1', 'billing', 7, '2026-01-01T10:05:00Z', 'coord-1')],
  });

  it('lists every service newest first, a tie broken by service then chain order', () => {
    expect(rows.map((row) => row.id)).toEqual(['b1', 'i2', 'i1']);
  });

  it('filters by service and by actor, and lists the actors once each', () => {
    expect(filterTrail(rows, { service: 'intake', actor: null }).map((row) => row.id)).toEqual(['i2', 'i1']);
    expect(filterTrail(rows, { service: null, actor: 'coord-1' }).map((row) => row.id)).toEqual(['b1', 'i1']);
    expect(filterTrail(rows, { service: 'billing', actor: 'admin-1' })).toEqual([]);
    expect(actorsOf(rows)).toEqual(['admin-1', 'coord-1']);
  });

  it('pages on the client, clamping a page out of range', () => {
    const many = Array.from({ length: 53 }, (_, index) => index);
    expect(pageOf(many, 1, 25)).toEqual({ rows: many.slice(0, 25), pages: 3 });
    expect(pageOf(many, 3, 25).rows).toEqual([50, 51, 52]);
    expect(pageOf(many, 9, 25).rows).toEqual([50, 51, 52]);
    expect(pageOf([], 1, 25)).toEqual({ rows: [], pages: 1 });
  });
});
