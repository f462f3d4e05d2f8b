import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from '@carta/case-access';
import { Cases1763800000100 } from './1763800000100-cases';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001, Cases1763800000100];
