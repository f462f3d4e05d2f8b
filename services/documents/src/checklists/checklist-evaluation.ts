import { RECORD_KINDS, RecordKind } from '@carta/contracts';

export type RecordStatus = 'MISSING' | 'PRESENT' | 'STALE';
export type Completeness = 'COMPLETE' | 'PARTIAL' | 'INCOMPLETE';

export interface ChecklistEvaluation {
  completeness: Completeness;
  missing: RecordKind[];
  stale: RecordKind[];
  /** The PI's typical response time at this completeness (the service's data over 200+ cases). */
  expectedPiResponse: { minDays: number; maxDays: number };
}

const RESPONSE_WINDOWS: Record<Completeness, { minDays: number; maxDays: number }> = {
  COMPLETE: { minDays: 7, maxDays: 10 },
  PARTIAL: { minDays: 14, maxDays: 21 },
  INCOMPLETE: { minDays: 28, maxDays: 42 },
};

/** Complete when every kind is present and fresh; incomplete when none is usable; partial in between. */
export function evaluateChecklist(statuses: ReadonlyMap<RecordKind, RecordStatus>): ChecklistEvaluation {
  const missing = RECORD_KINDS.filter((kind) => (statuses.get(kind) ?? 'MISSING') === 'MISSING');
  const stale = RECORD_KINDS.filter((kind) => statuses.get(kind) === 'STALE');
  const usable = RECORD_KINDS.length - missing.length - stale.length;
  const completeness: Completeness = usable === RECORD_KINDS.length ? 'COMPLETE' : usable === 0 ? 'INCOMPLETE' : 'PARTIAL';
  return { completeness, missing, stale, expectedPiResponse: RESPONSE_WINDOWS[completeness] };
}
