/** The history of a case's facts, read from their rows (plain rules; the rows are SummaryFactRecord). */
export interface FactRow {
  id: string;
  supersedesFactId: string | null;
  retractedAt: Date | null;
  recordedAt: Date;
  sourceDocumentId: string;
}

export type FactStatus = 'CURRENT' | 'SUPERSEDED' | 'RETRACTED';

/** Which row superseded each corrected row. */
export function supersededBy<R extends FactRow>(rows: R[]): Map<string, string> {
  return new Map(rows.filter((row) => row.supersedesFactId).map((row) => [row.supersedesFactId!, row.id]));
}

export function statusOf(row: FactRow, successors: Map<string, string>): FactStatus {
  if (successors.has(row.id)) return 'SUPERSEDED';
  return row.retractedAt ? 'RETRACTED' : 'CURRENT';
}

/**
 * The facts the summary is made of: neither superseded nor retracted, and resting on a document
 * that still stands (a deleted document's facts stay listed, marked, but no longer count).
 */
export function countingFacts<R extends FactRow>(rows: R[], deletedDocuments: ReadonlySet<string> = new Set()): R[] {
  const successors = supersededBy(rows);
  return rows.filter((row) => statusOf(row, successors) === 'CURRENT' && !deletedDocuments.has(row.sourceDocumentId));
}

/** The summary's version: one step per write (each row recorded, each retraction). */
export function summaryVersion(rows: FactRow[]): number {
  return rows.length + rows.filter((row) => row.retractedAt).length;
}

/** When the summary last changed, or null before its first fact. */
export function lastChange(rows: FactRow[]): Date | null {
  const instants = rows.flatMap((row) => [row.recordedAt, ...(row.retractedAt ? [row.retractedAt] : [])]);
  return instants.length === 0 ? null : new Date(Math.max(...instants.map((instant) => instant.getTime())));
}
