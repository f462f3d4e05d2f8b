import {
  addDays,
  badInput,
  DayRange,
  daysBetween,
  DEFAULT_MANUFACTURING_WEEKS,
  DEFAULT_MONITORING_DAYS,
  HOTEL_AFTER_DAY,
  isCalendarDate,
  LYMPHODEPLETION_DAYS,
  monitoringStay,
} from '@carta/domain';

/**
 * The treatment timeline (docs/domain.md, "The journey and its clocks"), planned from the product type,
 * the centre's policy and the day the centre accepted the case. Every milestone has an earliest and
 * a latest start and end, because each clock is a range. Facts that arrive later (a manufacturing
 * delay, a visa refusal) are added to the input and the whole plan is made again: re-planning is
 * planning, so the two can never disagree.
 */
export type ProductType = 'AUTOLOGOUS' | 'ALLOGENEIC';

export type { DayRange };

export interface CentrePolicy {
  /** Some centres let the patient leave hospital after day 14 and be monitored from a nearby hotel. */
  hotelMonitoringAfterDay14: boolean;
  /** Days of CRS/ICANS monitoring after infusion (docs/domain.md: 14–30). */
  monitoringDays: DayRange;
}

/** Something that happened after planning and moves the plan. */
export type PlanFact =
  | { kind: 'MANUFACTURING_DELAY'; days: number }
  /** The consulate refused the visa on this day: the family re-applies, and processing starts again. */
  | { kind: 'VISA_REFUSED'; on: string };

export interface TimelineInput {
  productType: ProductType;
  centrePolicy: CentrePolicy;
  /** The day the family first contacted Carta (YYYY-MM-DD). */
  firstContactOn: string;
  /** The day the centre accepted the patient: the invitation letter can only follow it. */
  acceptedOn: string;
  /** Autologous manufacturing window; docs/domain.md's 3–6 weeks unless the trial states its own. */
  manufacturingWeeks?: DayRange;
  facts?: PlanFact[];
}

export type MilestoneName =
  | 'INVITATION_LETTER'
  | 'VISA'
  | 'ARRIVAL'
  | 'APHERESIS'
  | 'MANUFACTURING'
  | 'LYMPHODEPLETION'
  | 'INFUSION'
  | 'IN_HOSPITAL_MONITORING'
  | 'HOTEL_MONITORING'
  | 'FOLLOW_UP';

/** The earliest and the latest day something can happen (YYYY-MM-DD). */
export interface DateWindow {
  earliest: string;
  latest: string;
}

/** A span (visa processing, manufacturing) or a single day (arrival, infusion: start equals end). */
export interface Milestone {
  name: MilestoneName;
  start: DateWindow;
  end: DateWindow;
  note: string;
}

export interface TreatmentTimeline {
  milestones: Milestone[];
  /** Day 0. */
  infusion: DateWindow;
  /** First contact to infusion, in days (docs/domain.md: typically 4–8 weeks for autologous products). */
  firstContactToInfusionDays: DayRange;
}

export { DEFAULT_MANUFACTURING_WEEKS, DEFAULT_MONITORING_DAYS };

/** Clocks in days. docs/domain.md gives the visa range; lymphodepletion and monitoring live in libs/domain (treatment-clocks). */
const VISA_PROCESSING: DayRange = { min: 14, max: 21 };
/** Our assumptions, not docs/domain.md's: the office's turnaround, booking and flying, admission work-up. */
const LETTER_TURNAROUND: DayRange = { min: 2, max: 5 };
const TRAVEL: DayRange = { min: 1, max: 3 };
const ARRIVAL_TO_APHERESIS: DayRange = { min: 1, max: 2 };

const on = (date: string): DateWindow => ({ earliest: date, latest: date });
const after = (window: DateWindow, days: DayRange): DateWindow => ({ earliest: addDays(window.earliest, days.min), latest: addDays(window.latest, days.max) });
const shift = (range: DayRange, days: number): DayRange => ({ min: range.min + days, max: range.max + days });

export function planTimeline(input: TimelineInput): TreatmentTimeline {
  validate(input);
  const facts = input.facts ?? [];
  const milestones: Milestone[] = [];
  const span = (name: MilestoneName, start: DateWindow, duration: DayRange, note: string): DateWindow => {
    const end = after(start, duration);
    milestones.push({ name, start, end, note });
    return end;
  };
  const day = (name: MilestoneName, at: DateWindow, note: string): DateWindow => {
    milestones.push({ name, start: at, end: at, note });
    return at;
  };

  const letter = span(
    'INVITATION_LETTER',
    on(input.acceptedOn),
    LETTER_TURNAROUND,
    'The centre’s international office issues the invitation letter after acceptance',
  );
  // A refusal means a new application: processing starts again from the last refusal.
  const lastRefusal = facts
    .flatMap((fact) => (fact.kind === 'VISA_REFUSED' ? [fact.on] : []))
    .sort()
    .at(-1);
  const visaGranted = lastRefusal ? after(on(lastRefusal), VISA_PROCESSING) : after(letter, VISA_PROCESSING);
  milestones.push({
    name: 'VISA',
    start: letter,
    end: visaGranted,
    note: lastRefusal ? `Processing 2–3 weeks, re-applied after the refusal of ${lastRefusal}` : 'Processing 2–3 weeks',
  });
  const arrival = day('ARRIVAL', after(visaGranted, TRAVEL), 'Arrival at the centre');

  let readyForLymphodepletion: DateWindow;
  if (input.productType === 'AUTOLOGOUS') {
    const apheresis = day('APHERESIS', after(arrival, ARRIVAL_TO_APHERESIS), 'Collection of the patient’s own T cells');
    const weeks = input.manufacturingWeeks ?? DEFAULT_MANUFACTURING_WEEKS;
    const delay = facts.reduce((days, fact) => days + (fact.kind === 'MANUFACTURING_DELAY' ? fact.days : 0), 0);
    const note = `Manufacturing ${weeks.min}–${weeks.max} weeks${delay > 0 ? `, plus a reported delay of ${delay} days` : ''}; the family may stay or go home`;
    readyForLymphodepletion = span('MANUFACTURING', apheresis, shift({ min: weeks.min * 7, max: weeks.max * 7 }, delay), note);
  } else {
    // Donor cells are made in advance: infusion preparation starts on arrival.
    readyForLymphodepletion = arrival;
  }

  const infusion = day(
    'INFUSION',
    span('LYMPHODEPLETION', readyForLymphodepletion, LYMPHODEPLETION_DAYS, 'Conditioning chemotherapy over 3–5 days'),
    'CAR-T infusion, day 0',
  );
  const { monitoringDays, hotelMonitoringAfterDay14 } = input.centrePolicy;
  let monitoringEnd: DateWindow;
  const { inHospital, inHotel } = monitoringStay(monitoringDays, hotelMonitoringAfterDay14);
  if (inHotel) {
    const discharged = span('IN_HOSPITAL_MONITORING', infusion, inHospital, `CRS/ICANS monitoring in hospital to day ${HOTEL_AFTER_DAY}`);
    monitoringEnd = span(
      'HOTEL_MONITORING',
      discharged,
      inHotel,
      `Monitoring from a hotel near the centre, to day ${monitoringDays.max} at most; a family member watches for confusion or word-finding trouble (ICANS)`,
    );
  } else {
    monitoringEnd = span(
      'IN_HOSPITAL_MONITORING',
      infusion,
      monitoringDays,
      `CRS/ICANS monitoring in hospital, ${monitoringDays.min}–${monitoringDays.max} days`,
    );
  }
  day('FOLLOW_UP', monitoringEnd, 'Discharge home: follow-up passes to the patient’s own oncology team');

  return {
    milestones,
    infusion,
    firstContactToInfusionDays: { min: daysBetween(input.firstContactOn, infusion.earliest), max: daysBetween(input.firstContactOn, infusion.latest) },
  };
}

/** The stay to plan letters and visas for: from the earliest arrival to the latest discharge. */
export function plannedStay(timeline: TreatmentTimeline): { arrival: string; departure: string } {
  const startOf = (name: MilestoneName) => timeline.milestones.find((milestone) => milestone.name === name)!.start;
  return { arrival: startOf('ARRIVAL').earliest, departure: startOf('FOLLOW_UP').latest };
}

/** Days from a span's start to its end, at the earliest and at the latest (e.g. the manufacturing wait). */
export function spanDays(milestone: Milestone): DayRange {
  return { min: daysBetween(milestone.start.earliest, milestone.end.earliest), max: daysBetween(milestone.start.latest, milestone.end.latest) };
}

/** A fact arrived: it joins the input and the plan is made again. */
export function replan(input: TimelineInput, fact: PlanFact): { input: TimelineInput; timeline: TreatmentTimeline } {
  const next = { ...input, facts: [...(input.facts ?? []), fact] };
  return { input: next, timeline: planTimeline(next) };
}

function validate(input: TimelineInput): void {
  const wholeRange = (range: DayRange, what: string) => {
    if (!Number.isInteger(range.min) || !Number.isInteger(range.max) || range.min < 0 || range.min > range.max)
      throw badInput(`${what} must be a range of whole numbers, min ≤ max`);
  };
  for (const date of [input.firstContactOn, input.acceptedOn]) if (!isCalendarDate(date)) throw badInput(`"${date}" is not a date (YYYY-MM-DD)`);
  if (input.acceptedOn < input.firstContactOn) throw badInput('the centre cannot accept a case before first contact');
  wholeRange(input.centrePolicy.monitoringDays, 'monitoring days');
  if (input.manufacturingWeeks) wholeRange(input.manufacturingWeeks, 'manufacturing weeks');
  for (const fact of input.facts ?? []) {
    if (fact.kind === 'MANUFACTURING_DELAY' && input.productType === 'ALLOGENEIC') throw badInput('an allogeneic product is not manufactured for the patient');
    if (fact.kind === 'MANUFACTURING_DELAY' && (!Number.isInteger(fact.days) || fact.days < 0))
      throw badInput('a manufacturing delay is a whole number of days');
    if (fact.kind === 'VISA_REFUSED' && (!isCalendarDate(fact.on) || fact.on < input.acceptedOn))
      throw badInput('a visa refusal needs a date after acceptance');
  }
}
