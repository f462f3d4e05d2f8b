import { Completeness } from '@carta/contracts';
import { addDays, CalendarDate } from './calendar';

export interface ResponseWindow {
  minDays: number;
  maxDays: number;
}

/**
 * How long a PI takes to answer a referral, by the completeness of the case's records (the service's
 * data over 200+ cases): complete 7–10 days, partial 14–21, incomplete 4–6 weeks. Documents shows the
 * window on the checklist; eligibility sets a referral's review deadline at its upper end.
 */
const PI_RESPONSE_WINDOWS: Record<Completeness, ResponseWindow> = {
  COMPLETE: { minDays: 7, maxDays: 10 },
  PARTIAL: { minDays: 14, maxDays: 21 },
  INCOMPLETE: { minDays: 28, maxDays: 42 },
};

export function expectedPiResponse(completeness: Completeness): ResponseWindow {
  return { ...PI_RESPONSE_WINDOWS[completeness] };
}

/** The day a PI's answer is due: the window's upper end after submission; a completeness not known counts as INCOMPLETE. */
export function reviewDueOn(completeness: string, submittedOn: CalendarDate): CalendarDate {
  const window = PI_RESPONSE_WINDOWS[completeness as Completeness] ?? PI_RESPONSE_WINDOWS.INCOMPLETE;
  return addDays(submittedOn, window.maxDays);
}
