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
import { DEFAULT_VISA_ROUTES, VisaRoute } from '../visas/visa-checks.rules';

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

export type ApplicantRole = VisaRoute['applicantRole'];

/**
 * One traveller's visa route, as the reference data gives it for their passport. Before the
 * passports are known the party is the patient alone, on the default route.
 */
export interface PartyRoute {
  /** Matches the visa facts of this traveller; null for the default patient, before passports are entered. */
  travellerId: string | null;
  role: ApplicantRole;
  category: string;
  processingDays: DayRange;
  maxStayDays: number;
}

/** Something that happened after planning and moves the plan. */
export type PlanFact =
  | { kind: 'MANUFACTURING_DELAY'; days: number }
  /** The centre's office issued the invitation letter: visa applications can start that day. */
  | { kind: 'LETTER_ISSUED'; on: string; letterId?: string }
  /**
   * The consulate refused a visa on this day. The patient re-applies and processing starts again; a
   * refused companion no longer holds the journey back (the plan flags it). Facts stored before
   * companions were planned for carry no role: they were the patient's.
   */
  | { kind: 'VISA_REFUSED'; on: string; role?: ApplicantRole; travellerId?: string }
  /** The consulate granted a visa on this day, valid to `validUntil`: nobody waits for processing any more. */
  | { kind: 'VISA_GRANTED'; on: string; validUntil: string; role: ApplicantRole; travellerId?: string };

export interface TimelineInput {
  productType: ProductType;
  centrePolicy: CentrePolicy;
  /** The day the family first contacted Carta (YYYY-MM-DD). */
  firstContactOn: string;
  /** The day the centre accepted the patient: the invitation letter can only follow it. */
  acceptedOn: string;
  /** Autologous manufacturing window; docs/domain.md's 3–6 weeks unless the trial states its own. */
  manufacturingWeeks?: DayRange;
  /** The party's visa routes (docs/domain.md "Planning around the visa"); the default patient route when absent. */
  party?: PartyRoute[];
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
  /** What the coordinator must act on that the plan cannot fix (a refused companion, a visa ending before discharge). */
  flags: string[];
}

export { DEFAULT_MANUFACTURING_WEEKS, DEFAULT_MONITORING_DAYS };

/**
 * Our assumptions, not docs/domain.md's: a centre's letter lead time (acceptance to issue, until the
 * letter is issued), booking and flying once the visa is in hand, admission work-up. Visa processing
 * is reference data per route (visa-checks.rules.ts), never a constant here.
 */
export const LETTER_LEAD_TIME: DayRange = { min: 2, max: 5 };
export const TRAVEL: DayRange = { min: 1, max: 3 };
const ARRIVAL_TO_APHERESIS: DayRange = { min: 1, max: 2 };

const on = (date: string): DateWindow => ({ earliest: date, latest: date });
const after = (window: DateWindow, days: DayRange): DateWindow => ({ earliest: addDays(window.earliest, days.min), latest: addDays(window.latest, days.max) });
const shift = (range: DayRange, days: number): DayRange => ({ min: range.min + days, max: range.max + days });
const later = (a: string, b: string) => (a > b ? a : b);
const ROLE_NAMES: Record<ApplicantRole, string> = { PATIENT: 'patient', COMPANION: 'companion' };

/** Before the passports are known: the patient alone, on the default route of the reference data. */
export function defaultParty(routes: VisaRoute[] = DEFAULT_VISA_ROUTES): PartyRoute[] {
  const route = routes.find((candidate) => candidate.nationality === '*' && candidate.applicantRole === 'PATIENT') ?? DEFAULT_VISA_ROUTES[0]!;
  return [{ travellerId: null, role: 'PATIENT', category: route.category, processingDays: route.processingDays, maxStayDays: route.maxStayDays }];
}

/** The patient always travels: until their passport is known, on the default route. */
function partyOf(input: TimelineInput): PartyRoute[] {
  const party = input.party ?? [];
  return party.some((member) => member.role === 'PATIENT') ? party : [...defaultParty(), ...party];
}

type VisaFact = Extract<PlanFact, { kind: 'VISA_REFUSED' | 'VISA_GRANTED' }>;

/** A visa fact belongs to the traveller it names, or (older facts, the default party) to the patient. */
const concerns = (member: PartyRoute, fact: VisaFact) =>
  fact.travellerId && member.travellerId ? fact.travellerId === member.travellerId : (fact.role ?? 'PATIENT') === member.role;

interface Waiting {
  member: PartyRoute;
  /** The day the application goes in: the letter, or the patient's last refusal (re-applying). */
  applies: DateWindow;
  /** When the visa is in hand at the latest the consulate takes: applying + the route's MAX processing (or the day it was granted). */
  ready: DateWindow;
  granted: Extract<PlanFact, { kind: 'VISA_GRANTED' }> | null;
}

/**
 * The visa stage. Everyone in the party applies once the letter is issued (or, before it is, on the
 * centre's expected issue day). Arrival waits for the slowest traveller still travelling: until a
 * visa is granted the plan assumes the route's MAXIMUM processing, so the plan never fails its own
 * processing check; a grant frees that traveller at once. A refused patient re-applies from the
 * refusal; a refused companion stops holding the journey back and is flagged.
 */
function visaStage(letter: DateWindow, party: PartyRoute[], facts: PlanFact[], flags: string[]): { start: DateWindow; ready: DateWindow; note: string } {
  const visaFacts = facts.filter((fact): fact is VisaFact => fact.kind === 'VISA_REFUSED' || fact.kind === 'VISA_GRANTED');
  const waiting: Waiting[] = [];
  for (const member of party) {
    const last = visaFacts
      .filter((fact) => concerns(member, fact))
      .reduce<VisaFact | null>((latest, fact) => (!latest || fact.on >= latest.on ? fact : latest), null);
    if (last?.kind === 'VISA_GRANTED') {
      waiting.push({ member, applies: letter, ready: on(last.on), granted: last });
    } else if (last?.kind === 'VISA_REFUSED' && member.role === 'COMPANION') {
      flags.push(`A companion's visa was refused on ${last.on}: the journey no longer waits for them; a new application that is granted adds them back`);
    } else {
      const applies = last ? on(last.on) : letter;
      const max = member.processingDays.max;
      waiting.push({ member, applies, ready: { earliest: addDays(applies.earliest, max), latest: addDays(applies.latest, max) }, granted: null });
    }
  }
  const slowest = waiting.reduce((a, b) =>
    b.ready.latest > a.ready.latest || (b.ready.latest === a.ready.latest && b.ready.earliest > a.ready.earliest) ? b : a,
  );
  const ready = { earliest: waiting.map((w) => w.ready.earliest).reduce(later), latest: waiting.map((w) => w.ready.latest).reduce(later) };
  const why = waiting.map(({ member, granted, applies }) => {
    const who = `${ROLE_NAMES[member.role]} (${member.category})`;
    if (granted) return `${who} granted on ${granted.on}, valid to ${granted.validUntil}`;
    const { min, max } = member.processingDays;
    return `${who} ${min}–${max} days of processing from ${applies.earliest === applies.latest ? applies.earliest : `the letter`}, planned at ${max}`;
  });
  return { start: slowest.applies, ready, note: `Visas: ${why.join('; ')}` };
}

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

  const flags: string[] = [];
  // The first letter issued starts the applications; a correction or re-issue does not restart them.
  const issuedOn = facts.find((fact) => fact.kind === 'LETTER_ISSUED')?.on;
  let letter: DateWindow;
  if (issuedOn) {
    letter = on(issuedOn);
    milestones.push({
      name: 'INVITATION_LETTER',
      start: on(input.acceptedOn),
      end: letter,
      note: `The centre’s international office issued the invitation letter on ${issuedOn}`,
    });
  } else {
    letter = span(
      'INVITATION_LETTER',
      on(input.acceptedOn),
      LETTER_LEAD_TIME,
      `The centre’s international office issues the invitation letter ${LETTER_LEAD_TIME.min}–${LETTER_LEAD_TIME.max} days after acceptance`,
    );
  }
  const party = partyOf(input);
  const visa = visaStage(letter, party, facts, flags);
  milestones.push({ name: 'VISA', start: visa.start, end: visa.ready, note: visa.note });
  const arrival = day('ARRIVAL', after(visa.ready, TRAVEL), `Arrival at the centre, ${TRAVEL.min}–${TRAVEL.max} days after the visas are in hand`);

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

  // What no re-plan can fix is flagged for the coordinator: a granted visa that ends before the latest discharge, a stay longer than a route allows.
  for (const member of party) {
    const stay = daysBetween(arrival.earliest, monitoringEnd.latest);
    if (stay > member.maxStayDays)
      flags.push(`The ${ROLE_NAMES[member.role]}'s stay of up to ${stay} days exceeds the ${member.category} visa's ${member.maxStayDays} days`);
  }
  for (const fact of facts)
    if (fact.kind === 'VISA_GRANTED' && fact.validUntil < monitoringEnd.latest)
      flags.push(
        `The ${ROLE_NAMES[fact.role]}'s visa granted on ${fact.on} ends on ${fact.validUntil}, before the latest planned discharge on ${monitoringEnd.latest}: plan an extension`,
      );

  return {
    milestones,
    infusion,
    firstContactToInfusionDays: { min: daysBetween(input.firstContactOn, infusion.earliest), max: daysBetween(input.firstContactOn, infusion.latest) },
    flags,
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
    if (fact.kind !== 'MANUFACTURING_DELAY' && (!isCalendarDate(fact.on) || fact.on < input.acceptedOn))
      throw badInput(`${fact.kind.toLowerCase().replace('_', ' ')}: needs a date on or after acceptance`);
    if (fact.kind === 'VISA_GRANTED' && (!isCalendarDate(fact.validUntil) || fact.validUntil < fact.on))
      throw badInput('a granted visa is valid until a date on or after the grant');
  }
  for (const member of input.party ?? []) {
    wholeRange(member.processingDays, 'visa processing days');
    if (!Number.isInteger(member.maxStayDays) || member.maxStayDays < 1) throw badInput('a visa route allows a stay of at least one day');
  }
}
