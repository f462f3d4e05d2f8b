import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { checklistCompleteness, instant, recordKind, uuid } from '../values';

export const ChecklistEvaluated = defineEvent({
  type: 'carta.documents.checklist.evaluated.v1',
  topic: Topics.documentsChecklist,
  aggregateIdField: 'caseId',
  description: "A case's record checklist was (re-)evaluated.",
  schema: z.object({
    caseId: uuid,
    completeness: checklistCompleteness,
    missing: z.array(recordKind),
    stale: z.array(recordKind).default([]),
    untranslated: z.array(recordKind).default([]),
    /** Kinds the case's profile does not call for (e.g. flow cytometry for a solid tumour); they never count as missing. */
    notRequired: z.array(recordKind).optional(),
    /** Kinds its coordinator marked not applicable, with a reason kept in documents; they neither age nor count. */
    notApplicable: z.array(recordKind).optional(),
    evaluatedAt: instant,
  }),
});
