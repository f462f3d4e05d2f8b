import { MessagingTables1763800000000 } from '@carta/messaging';

/** Applied in this order; a shipped migration is never edited, only followed by a new one. */
export const migrations: Function[] = [MessagingTables1763800000000];
