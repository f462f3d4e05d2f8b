import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from '@carta/case-access';
import { Cases1763800000100 } from './1763800000100-cases';
import { CaseList1797000002000 } from './1797000002000-case-list';
import { Notifications1797000007000 } from './1797000007000-notifications';
import { People1797000008000 } from './1797000008000-people';
import { CentreDirectory1797000009000 } from './1797000009000-centre-directory';
import { CaseStatusHistory1797000010000 } from './1797000010000-case-status-history';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [
  CaseAccessTables1763800000002,
  CaseAssignmentOrder1763900000001,
  Cases1763800000100,
  CaseList1797000002000,
  Notifications1797000007000,
  People1797000008000,
  CentreDirectory1797000009000,
  CaseStatusHistory1797000010000,
];
