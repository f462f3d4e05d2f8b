import { MessagingTables1763800000000 } from '@carta/messaging';
import { Centres1763800000100 } from './1763800000100-centres';

/** Applied in this order; a shipped migration is never edited, only followed by a new one. */
export const migrations: Function[] = [MessagingTables1763800000000, Centres1763800000100];
