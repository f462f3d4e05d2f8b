/**
 * The treatment timeline (DOMAIN.md, "The journey and its clocks"), planned from the product type,
 * the centre's policy and the date the centre accepted the case. Every milestone has an earliest and
 * a latest date; a fact that changes (a manufacturing delay, a visa refusal) re-plans from there.
 */
export type ProductType = 'AUTOLOGOUS' | 'ALLOGENEIC';

export interface TimelineInput {
  productType: ProductType;
  /** Autologous manufacturing window in weeks (3–6 unless the trial says otherwise). */
  manufacturingWeeks?: { min: number; max: number };
  centrePolicy: { hotelMonitoringAfterDay14: boolean };
  firstContactOn: string;
  acceptedOn: string;
  /** Facts that move the plan. */
  manufacturingDelayDays?: number;
  visaRefusals?: number;
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

export interface Milestone {
  name: MilestoneName;
  /** The earliest and latest day it starts, and (for spans) ends. */
  start: { earliest: string; latest: string };
  end: { earliest: string; latest: string };
  note: string;
}

export interface TreatmentTimeline {
  milestones: Milestone[];
  /** First contact to infusion (day 0), in days. */
  firstContactToInfusionDays: { min: number; max: number };
}

const addDays = (date: string, days: number) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Durations in days, [min, max], from DOMAIN.md. */
const LETTER = [2, 5]; // the office issues the invitation after acceptance
const VISA = [14, 21]; // processing 2–3 weeks
const TRAVEL = [1, 3];
const APHERESIS = [1, 2];
const LYMPHODEPLETION = [3, 5];
const IN_HOSPITAL = [14, 30];
const FOLLOW_UP_DAYS = 90;

export function planTimeline(input: TimelineInput): TreatmentTimeline {
  const milestones: Milestone[] = [];
  const span = (name: MilestoneName, startAt: [string, string], duration: number[], note: string): [string, string] => {
    const end: [string, string] = [addDays(startAt[0], duration[0]), addDays(startAt[1], duration[1])];
    milestones.push({ name, start: { earliest: startAt[0], latest: startAt[1] }, end: { earliest: end[0], latest: end[1] }, note });
    return end;
  };

  const letter = span('INVITATION_LETTER', [input.acceptedOn, input.acceptedOn], LETTER, 'issued by the centre’s international office after acceptance');
  // Each refusal means a new application: another full processing time.
  const refusals = input.visaRefusals ?? 0;
  const visa = span('VISA', letter, [VISA[0] * (1 + refusals), VISA[1] * (1 + refusals)], refusals > 0 ? `processing 2–3 weeks, re-applied after ${refusals} refusal(s)` : 'processing 2–3 weeks');
  const arrival = span('ARRIVAL', visa, TRAVEL, 'travel to the centre');

  let readyForLymphodepletion: [string, string];
  if (input.productType === 'AUTOLOGOUS') {
    const apheresis = span('APHERESIS', arrival, APHERESIS, 'collection of the patient’s T cells');
    const weeks = input.manufacturingWeeks ?? { min: 3, max: 6 };
    const delay = input.manufacturingDelayDays ?? 0;
    readyForLymphodepletion = span('MANUFACTURING', apheresis, [weeks.min * 7 + delay, weeks.max * 7 + delay], `${weeks.min}–${weeks.max} weeks${delay ? `, delayed ${delay} days` : ''}; the family may stay or go home`);
  } else {
    // Donor cells: infusion preparation starts at once.
    readyForLymphodepletion = arrival;
  }
  const lymphodepletion = span('LYMPHODEPLETION', readyForLymphodepletion, LYMPHODEPLETION, 'chemotherapy over 3–5 days before infusion');
  span('INFUSION', lymphodepletion, [0, 0], 'day 0');
  const infusionDay = lymphodepletion;
  const inHospital = input.centrePolicy.hotelMonitoringAfterDay14
    ? span('IN_HOSPITAL_MONITORING', infusionDay, [14, 14], 'CRS/ICANS monitoring in hospital to day 14')
    : span('IN_HOSPITAL_MONITORING', infusionDay, IN_HOSPITAL, 'CRS/ICANS monitoring in hospital, 14–30 days');
  const monitoringEnd: [string, string] = input.centrePolicy.hotelMonitoringAfterDay14
    ? span('HOTEL_MONITORING', inHospital, [0, IN_HOSPITAL[1] - 14], 'near the centre after day 14, to day 30 at most')
    : inHospital;
  span('FOLLOW_UP', monitoringEnd, [FOLLOW_UP_DAYS, FOLLOW_UP_DAYS], 'follow-up with the home oncology team');

  return {
    milestones,
    firstContactToInfusionDays: { min: daysBetween(input.firstContactOn, infusionDay[0]), max: daysBetween(input.firstContactOn, infusionDay[1]) },
  };
}
