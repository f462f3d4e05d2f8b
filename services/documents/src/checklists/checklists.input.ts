import { recordKind, RecordKind } from '@carta/contracts';
import { parseInput, parseUuid, reasonText } from '@carta/service-kit';
import { z } from 'zod';

export interface NotApplicableInput {
  caseId: string;
  kind: RecordKind;
  reason: string;
}

/** A "not applicable" note: which case and kind, and why (kept on the item and in the audit trail). */
export function parseNotApplicable(caseId: unknown, kind: unknown, reason: unknown): NotApplicableInput {
  return { caseId: parseUuid(caseId, 'caseId'), ...parseInput(z.object({ kind: recordKind, reason: reasonText(500) }), { kind, reason }) };
}

export function parseChecklistItem(caseId: unknown, kind: unknown): { caseId: string; kind: RecordKind } {
  return { caseId: parseUuid(caseId, 'caseId'), ...parseInput(z.object({ kind: recordKind }), { kind }) };
}
