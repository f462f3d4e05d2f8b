/** Time as the services see it: injectable, so tests can let a blood panel age four weeks in a second. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');
export const systemClock: Clock = { now: () => new Date() };

/** The clock's calendar day (UTC, YYYY-MM-DD): what "today" means for dates on travel and money. */
export const todayOf = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
