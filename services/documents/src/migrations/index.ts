import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from '@carta/case-access';
import { Checklists1763800000100 } from './1763800000100-checklists';
import { Documents1763800000200 } from './1763800000200-documents';
import { UploadTickets1763800000300 } from './1763800000300-upload-tickets';
import { ChecklistProfiles1797000004000 } from './1797000004000-checklist-profiles';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [
  CaseAccessTables1763800000002,
  CaseAssignmentOrder1763900000001,
  Checklists1763800000100,
  Documents1763800000200,
  UploadTickets1763800000300,
  ChecklistProfiles1797000004000,
];
