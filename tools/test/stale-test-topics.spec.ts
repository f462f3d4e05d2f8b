import { staleTestTopics, uniqueSuffix } from '@carta/testing';

describe('the topics of earlier test runs', () => {
  it('are those of test and benchmark namespaces begun before the cut-off, and only those', () => {
    const hour = 3_600_000;
    const now = Date.parse('2026-11-30T12:00:00Z');
    const namespace = (prefix: string, at: number) => `${prefix}-${at.toString(36)}a1b2c3.`;
    const old = `${namespace('test', now - 7 * hour)}carta.intake.case.v1`;
    const oldBench = `${namespace('bench', now - 30 * hour)}carta.documents.checklist.v1`;
    const recent = `${namespace('test', now - hour)}carta.intake.case.v1`;
    expect(staleTestTopics([old, oldBench, recent, 'carta.intake.case.v1', 'test-notours', '__consumer_offsets'], now, 6 * hour)).toEqual([old, oldBench]);
    // The namespaces the test harness makes today are read the same way.
    expect(staleTestTopics([`test-${uniqueSuffix()}.carta.x.v1`], Date.now() + 7 * hour, 6 * hour)).toHaveLength(1);
  });
});
