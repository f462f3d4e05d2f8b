import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from '@carta/case-access';
import { Screening1763800000100 } from './1763800000100-screening';
import { Referrals1763800000200 } from './1763800000200-referrals';
import { SummaryFacts1763800000300 } from './1763800000300-summary-facts';
import { BirthMonth1797000003000 } from './1797000003000-birth-month';
import { FactSourceReference1797000019000 } from './1797000019000-fact-source-reference';
import { AssessedCriterion1797000021000 } from './1797000021000-assessed-criterion';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [
  CaseAccessTables1763800000002,
  CaseAssignmentOrder1763900000001,
  Screening1763800000100,
  Referrals1763800000200,
  SummaryFacts1763800000300,
  BirthMonth1797000003000,
  FactSourceReference1797000019000,
  AssessedCriterion1797000021000,
];
