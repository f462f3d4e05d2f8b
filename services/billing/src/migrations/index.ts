import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from '@carta/case-access';
import { Billing1763800000100 } from './1763800000100-billing';
import { CentreTariffs1763800000200 } from './1763800000200-centre-tariffs';
import { InvoicesPayable1797000001000 } from './1797000001000-invoices-payable';
import { CentreDirectory1797000009000 } from './1797000009000-centre-directory';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [
  CaseAccessTables1763800000002,
  CaseAssignmentOrder1763900000001,
  Billing1763800000100,
  CentreTariffs1763800000200,
  InvoicesPayable1797000001000,
  CentreDirectory1797000009000,
];
