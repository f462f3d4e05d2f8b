/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [];
