import { Completeness, RECORD_KINDS, RecordKind } from '@carta/contracts';
import { addDays, addMonths, expectedPiResponse, ResponseWindow } from '@carta/domain';
import { Requirement } from './checklist-requirements.rules';

/** NOT_REQUIRED: the case's profile says sites do not read it; NOT_APPLICABLE: its coordinator said so, with a reason. */
export type RecordStatus = 'MISSING' | 'PRESENT' | 'STALE' | 'UNTRANSLATED' | 'NOT_REQUIRED' | 'NOT_APPLICABLE';
export type { Completeness };

/** The current record of one kind on file for a case (its newest verified original). */
export interface RecordOnFile {
  kind: RecordKind;
  versionId: string;
  /** When the record was made (the lab draw, the scan); an upload date only when that is unknown. */
  recordDate: string;
  language: string;
  hasEnglishTranslation: boolean;
}

export interface ChecklistItemEvaluation {
  kind: RecordKind;
  status: RecordStatus;
  versionId: string | null;
  recordDate: string | null;
  /** The first day the record no longer counts as recent (null for an item that does not apply: it never ages). */
  staleOn: string | null;
  required: boolean;
  /** Why it is (not) required, when that depends on the case. */
  requirementReason: string | null;
}

export interface ChecklistEvaluation {
  completeness: Completeness;
  items: ChecklistItemEvaluation[];
  missing: RecordKind[];
  stale: RecordKind[];
  untranslated: RecordKind[];
  notRequired: RecordKind[];
  notApplicable: RecordKind[];
  /** The PI's typical response time at this completeness (the service's data over 200+ cases). */
  expectedPiResponse: ResponseWindow;
  /** When time alone will next change this evaluation (a record turning stale), if ever. */
  nextChangeOn: string | null;
}

/** How recent a record must be for a site (docs/domain.md): flow 3 months, labs 4 weeks, imaging 6–8 weeks. */
const RECENCY: Partial<Record<RecordKind, { months?: number; days?: number }>> = {
  FLOW_CYTOMETRY: { months: 3 },
  BLOOD_PANEL: { days: 28 },
  IMAGING: { days: 56 },
};
/** Sites read the original and an English translation of these. */
const NEEDS_ENGLISH: RecordKind[] = ['PATHOLOGY_REPORT'];

export function staleOn(kind: RecordKind, recordDate: string): string | null {
  const rule = RECENCY[kind];
  if (!rule) return null;
  return addDays(addMonths(recordDate, rule.months ?? 0), rule.days ?? 0);
}

export interface ChecklistContext {
  /** Which kinds apply to this case (recordRequirements); every kind when absent. */
  requirements?: Partial<Record<RecordKind, Requirement>>;
  /** Kinds the coordinator marked not applicable. */
  notApplicable?: readonly RecordKind[];
}

function evaluateItem(kind: RecordKind, record: RecordOnFile | undefined, today: string, context: ChecklistContext): ChecklistItemEvaluation {
  const requirement = context.requirements?.[kind] ?? { required: true, reason: null };
  const base = {
    kind,
    versionId: record?.versionId ?? null,
    recordDate: record?.recordDate ?? null,
    required: requirement.required,
    requirementReason: requirement.reason,
  };
  // An item that does not apply neither ages nor blocks, whatever is on file for it.
  if (context.notApplicable?.includes(kind)) return { ...base, status: 'NOT_APPLICABLE', staleOn: null };
  if (!requirement.required) return { ...base, status: 'NOT_REQUIRED', staleOn: null };
  if (!record) return { ...base, status: 'MISSING', staleOn: null };
  const staleDay = staleOn(kind, record.recordDate);
  const status: RecordStatus =
    staleDay !== null && today >= staleDay
      ? 'STALE'
      : NEEDS_ENGLISH.includes(kind) && record.language !== 'en' && !record.hasEnglishTranslation
        ? 'UNTRANSLATED'
        : 'PRESENT';
  return { ...base, status, staleOn: staleDay };
}

const applies = (item: ChecklistItemEvaluation): boolean => item.status !== 'NOT_REQUIRED' && item.status !== 'NOT_APPLICABLE';

/**
 * Complete when every kind that applies is present, recent and (where needed) translated;
 * incomplete when none is usable; partial in between. `today` is a date (YYYY-MM-DD) in UTC.
 */
export function evaluateChecklist(records: RecordOnFile[], today: string, context: ChecklistContext = {}): ChecklistEvaluation {
  const newest = new Map<RecordKind, RecordOnFile>();
  for (const record of records) {
    const current = newest.get(record.kind);
    if (!current || record.recordDate > current.recordDate) newest.set(record.kind, record);
  }
  const items = RECORD_KINDS.map((kind) => evaluateItem(kind, newest.get(kind), today, context));
  const applicable = items.filter(applies);
  const usable = applicable.filter((item) => item.status === 'PRESENT').length;
  const completeness: Completeness = usable === applicable.length ? 'COMPLETE' : usable === 0 ? 'INCOMPLETE' : 'PARTIAL';
  const upcoming = items.map((item) => item.staleOn).filter((day): day is string => day !== null && day > today);
  return {
    completeness,
    items,
    ...kindsByStatus(items),
    expectedPiResponse: expectedPiResponse(completeness),
    nextChangeOn: upcoming.length > 0 ? upcoming.sort()[0] : null,
  };
}

/** The kinds in each status the checklist names on its own (what is missing, stale, untranslated, not required, not applicable). */
export function kindsByStatus(items: readonly { kind: RecordKind; status: string }[]) {
  const inStatus = (status: string) => items.filter((item) => item.status === status).map((item) => item.kind);
  return {
    missing: inStatus('MISSING'),
    stale: inStatus('STALE'),
    untranslated: inStatus('UNTRANSLATED'),
    notRequired: inStatus('NOT_REQUIRED'),
    notApplicable: inStatus('NOT_APPLICABLE'),
  };
}
