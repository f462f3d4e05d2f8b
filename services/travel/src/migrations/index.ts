import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from '@carta/case-access';
import { Travel1763800000100 } from './1763800000100-travel';
import { LetterExpiry1763800000200 } from './1763800000200-letter-expiry';
import { Acceptances1763800000300 } from './1763800000300-acceptances';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [
  CaseAccessTables1763800000002,
  CaseAssignmentOrder1763900000001,
  Travel1763800000100,
  LetterExpiry1763800000200,
  Acceptances1763800000300,
];
