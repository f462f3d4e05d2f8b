/** Time as the services see it: injectable, so tests can let a blood panel age four weeks in a second. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');
export const systemClock: Clock = { now: () => new Date() };

// The clock's calendar day is `todayOf(clock)` in @carta/domain (calendar.ts), with every other date rule.
