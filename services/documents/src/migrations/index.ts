import { MessagingTables1763800000000 } from '@carta/messaging';
import { CaseReferralTable1763800000001 } from '@carta/service-kit';
import { Checklists1763800000100 } from './1763800000100-checklists';

/** Applied in this order; a shipped migration is never edited, only followed by a new one. */
export const migrations: Function[] = [MessagingTables1763800000000, CaseReferralTable1763800000001, Checklists1763800000100];
