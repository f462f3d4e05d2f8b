import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { checklistCompleteness, recordKind, uuid } from '../values';

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
    evaluatedAt: z.iso.datetime({ offset: true }),
  }),
});
