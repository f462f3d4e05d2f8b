import { Centres1763800000100 } from './1763800000100-centres';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [Centres1763800000100];
