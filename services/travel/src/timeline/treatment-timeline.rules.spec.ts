import { daysBetween } from '@carta/domain';
import { checkVisaPlan, DEFAULT_VISA_ROUTES, VisaRoute } from '../visas/visa-checks.rules';
import {
  LETTER_LEAD_TIME,
  Milestone,
  MilestoneName,
  PartyRoute,
  PlanFact,
  plannedStay,
  planTimeline,
  replan,
  spanDays as length,
  TimelineInput,
} from './treatment-timeline.rules';

const base: TimelineInput = {
  productType: 'AUTOLOGOUS',
  centrePolicy: { hotelMonitoringAfterDay14: false, monitoringDays: { min: 14, max: 30 } },
  firstContactOn: '2026-09-15',
  acceptedOn: '2026-10-01',
};
const find = (milestones: Milestone[], name: MilestoneName) => {
  const milestone = milestones.find((candidate) => candidate.name === name);
  if (!milestone) throw new Error(`no ${name}`);
  return milestone;
};

describe('planTimeline', () => {
  it('plans an autologous product with the clocks of docs/domain.md', () => {
    const { milestones, infusion, firstContactToInfusionDays } = planTimeline(base);
    expect(milestones.map((milestone) => milestone.name)).toEqual([
      'INVITATION_LETTER',
      'VISA',
      'ARRIVAL',
      'APHERESIS',
      'MANUFACTURING',
      'LYMPHODEPLETION',
      'INFUSION',
      'IN_HOSPITAL_MONITORING',
      'FOLLOW_UP',
    ]);
    // Arrival waits for the route's longest processing (21 days) after the letter, whatever the shortest.
    expect(length(find(milestones, 'VISA'))).toEqual({ min: 21, max: 21 });
    expect(length(find(milestones, 'MANUFACTURING'))).toEqual({ min: 21, max: 42 });
    expect(length(find(milestones, 'LYMPHODEPLETION'))).toEqual({ min: 3, max: 5 });
    expect(length(find(milestones, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 30 });
    // Each step starts when the one before it can end; infusion is the day lymphodepletion ends.
    expect(find(milestones, 'MANUFACTURING').start).toEqual(find(milestones, 'APHERESIS').end);
    expect(find(milestones, 'INFUSION').start).toEqual(find(milestones, 'LYMPHODEPLETION').end);
    expect(infusion).toEqual({ earliest: '2026-11-19', latest: '2026-12-18' });
    expect(find(milestones, 'FOLLOW_UP').start).toEqual({ earliest: '2026-12-03', latest: '2027-01-17' });
    expect(firstContactToInfusionDays).toEqual({ min: 65, max: 94 });
  });

  it('shows that the clocks alone take 7–11 weeks from acceptance, so only the fast end comes near the typical 4–8 weeks', () => {
    const { infusion } = planTimeline({ ...base, firstContactOn: base.acceptedOn });
    // letter 2–5 + visa processing planned at its maximum, 21 + travel 1–3 + apheresis 1–2 + manufacturing 21–42 + lymphodepletion 3–5
    expect(daysBetween(base.acceptedOn, infusion.earliest)).toBe(49);
    expect(daysBetween(base.acceptedOn, infusion.latest)).toBe(78);
  });

  it('plans an allogeneic product without apheresis or manufacturing: preparation starts on arrival', () => {
    const { milestones, infusion } = planTimeline({ ...base, productType: 'ALLOGENEIC' });
    expect(milestones.map((milestone) => milestone.name)).not.toEqual(expect.arrayContaining(['APHERESIS']));
    expect(milestones.map((milestone) => milestone.name)).not.toEqual(expect.arrayContaining(['MANUFACTURING']));
    expect(find(milestones, 'LYMPHODEPLETION').start).toEqual(find(milestones, 'ARRIVAL').end);
    expect(length(find(milestones, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 30 });
    expect({ min: daysBetween(base.acceptedOn, infusion.earliest), max: daysBetween(base.acceptedOn, infusion.latest) }).toEqual({ min: 27, max: 34 });
  });

  it('re-plans a manufacturing delay: infusion and everything after it move by the delay, nothing before it', () => {
    const planned = planTimeline(base).milestones;
    const { input, timeline } = replan(base, { kind: 'MANUFACTURING_DELAY', days: 10 });
    expect(input.facts).toEqual([{ kind: 'MANUFACTURING_DELAY', days: 10 }]);
    for (const name of ['LYMPHODEPLETION', 'INFUSION', 'IN_HOSPITAL_MONITORING', 'FOLLOW_UP'] as const) {
      expect(daysBetween(find(planned, name).start.earliest, find(timeline.milestones, name).start.earliest)).toBe(10);
      expect(daysBetween(find(planned, name).end.latest, find(timeline.milestones, name).end.latest)).toBe(10);
    }
    for (const name of ['VISA', 'ARRIVAL', 'APHERESIS'] as const) expect(find(timeline.milestones, name)).toEqual(find(planned, name));
    expect(length(find(timeline.milestones, 'MANUFACTURING'))).toEqual({ min: 31, max: 52 });
    // A second delay adds to the first.
    expect(replan(input, { kind: 'MANUFACTURING_DELAY', days: 4 }).timeline.firstContactToInfusionDays).toEqual({ min: 79, max: 108 });
  });

  it('re-plans a patient visa refusal: a new application from the refusal day pushes arrival and all that follows', () => {
    const { input, timeline } = replan(base, { kind: 'VISA_REFUSED', on: '2026-10-20', role: 'PATIENT' });
    expect(find(timeline.milestones, 'VISA').end).toEqual({ earliest: '2026-11-10', latest: '2026-11-10' });
    expect(find(timeline.milestones, 'ARRIVAL').start).toEqual({ earliest: '2026-11-11', latest: '2026-11-13' });
    expect(find(planTimeline(base).milestones, 'ARRIVAL').start).toEqual({ earliest: '2026-10-25', latest: '2026-10-30' });
    expect(timeline.infusion.earliest > planTimeline(base).infusion.earliest).toBe(true);
    // Refused again: the latest refusal is the one that counts; a stored fact without a role was the patient's.
    const again = replan(input, { kind: 'VISA_REFUSED', on: '2026-11-05' }).timeline;
    expect(find(again.milestones, 'ARRIVAL').start.earliest).toBe('2026-11-27');
    expect(find(again.milestones, 'VISA').note).toContain('patient (S2) 14–21 days of processing from 2026-11-05');
  });

  it('moves the patient to a hotel after day 14 where the centre allows it, ending monitoring on the same days', () => {
    const hotel = planTimeline({ ...base, centrePolicy: { hotelMonitoringAfterDay14: true, monitoringDays: { min: 14, max: 30 } } }).milestones;
    expect(length(find(hotel, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 14 });
    expect(length(find(hotel, 'HOTEL_MONITORING'))).toEqual({ min: 0, max: 16 });
    expect(find(hotel, 'FOLLOW_UP').start).toEqual(find(planTimeline(base).milestones, 'FOLLOW_UP').start);
  });

  it('refuses input it cannot plan from', () => {
    expect(() => planTimeline({ ...base, acceptedOn: '2026-09-01' })).toThrow('before first contact');
    expect(() => planTimeline({ ...base, acceptedOn: '1 Oct 2026' })).toThrow('not a date');
    expect(() => planTimeline({ ...base, manufacturingWeeks: { min: 6, max: 3 } })).toThrow('min ≤ max');
    expect(() => planTimeline({ ...base, facts: [{ kind: 'MANUFACTURING_DELAY', days: 2.5 }] })).toThrow('whole number of days');
    expect(() => planTimeline({ ...base, productType: 'ALLOGENEIC', facts: [{ kind: 'MANUFACTURING_DELAY', days: 3 }] })).toThrow('not manufactured');
    expect(() => planTimeline({ ...base, facts: [{ kind: 'VISA_REFUSED', on: '2026-09-01' }] })).toThrow('on or after acceptance');
  });
});

describe('planning around the visa', () => {
  const member = (route: VisaRoute, travellerId: string): PartyRoute => ({
    travellerId,
    role: route.applicantRole,
    category: route.category,
    processingDays: route.processingDays,
    maxStayDays: route.maxStayDays,
  });
  // The reference data, and a slower route an admin might add, to show the plan follows the data.
  const slow: VisaRoute = { ...DEFAULT_VISA_ROUTES[1]!, nationality: 'NGA', processingDays: { min: 20, max: 45 } };
  const routes = [...DEFAULT_VISA_ROUTES, slow];
  const passportExpiry = '2035-01-01';
  const arrivalOf = (input: TimelineInput) => find(planTimeline(input).milestones, 'ARRIVAL').start;

  /** The checks a consulate makes, applied to the plan's own dates for one traveller applying on `applyOn`. */
  const checksFor = (input: TimelineInput, route: VisaRoute, applyOn: string) => {
    const stay = plannedStay(planTimeline(input));
    return checkVisaPlan({ passportExpiry, applyOn, plannedArrival: stay.arrival, plannedDeparture: stay.departure }, route);
  };

  it('never fails its own visa checks: every route × product × centre policy, the letter on any day of its window', () => {
    let plans = 0;
    for (const route of routes)
      for (const productType of ['AUTOLOGOUS', 'ALLOGENEIC'] as const)
        for (const hotelMonitoringAfterDay14 of [false, true]) {
          const patient = DEFAULT_VISA_ROUTES[0]!;
          const input: TimelineInput = {
            ...base,
            productType,
            centrePolicy: { hotelMonitoringAfterDay14, monitoringDays: { min: 14, max: 30 } },
            party: [member(patient, 'patient'), ...(route === patient ? [] : [member(route, 'companion')])],
          };
          // Before the letter: applying on the earliest day it can come.
          const letter = find(planTimeline(input).milestones, 'INVITATION_LETTER').end;
          for (const traveller of [patient, route]) expect(checksFor(input, traveller, letter.earliest).filter((check) => !check.ok)).toEqual([]);
          // Once issued, on any day of the lead time: the plan is made again from that day.
          for (let lead = LETTER_LEAD_TIME.min; lead <= LETTER_LEAD_TIME.max + 10; lead++) {
            const issuedOn = addDaysTo(base.acceptedOn, lead);
            const issued = { ...input, facts: [{ kind: 'LETTER_ISSUED', on: issuedOn } as PlanFact] };
            for (const traveller of [patient, route]) expect(checksFor(issued, traveller, issuedOn).filter((check) => !check.ok)).toEqual([]);
            // A patient refused on some day re-applies that day: the re-plan holds too.
            const refusedOn = addDaysTo(issuedOn, 12);
            const refused = {
              ...issued,
              facts: [...issued.facts, { kind: 'VISA_REFUSED', on: refusedOn, role: 'PATIENT', travellerId: 'patient' } as PlanFact],
            };
            expect(checksFor(refused, patient, refusedOn).filter((check) => !check.ok)).toEqual([]);
            plans += 2;
          }
        }
    expect(plans).toBe(routes.length * 2 * 2 * (LETTER_LEAD_TIME.max + 10 - LETTER_LEAD_TIME.min + 1) * 2);
  });

  it('waits for the slowest traveller’s route: a companion on a 45-day route moves the arrival', () => {
    const patientOnly = arrivalOf({ ...base, party: [member(DEFAULT_VISA_ROUTES[0]!, 'p')] });
    const withSlowCompanion = arrivalOf({ ...base, party: [member(DEFAULT_VISA_ROUTES[0]!, 'p'), member(slow, 'c')] });
    expect(daysBetween(patientOnly.earliest, withSlowCompanion.earliest)).toBe(45 - 21);
  });

  it('plans from the letter: issued later, arrival later, by the same days', () => {
    const onTime = arrivalOf({ ...base, facts: [{ kind: 'LETTER_ISSUED', on: '2026-10-03' }] });
    const late = arrivalOf({ ...base, facts: [{ kind: 'LETTER_ISSUED', on: '2026-10-13' }] });
    expect(onTime).toEqual({ earliest: '2026-10-25', latest: '2026-10-27' });
    expect(daysBetween(onTime.earliest, late.earliest)).toBe(10);
    // A correction or re-issue does not restart applications already made from the first letter.
    expect(
      arrivalOf({
        ...base,
        facts: [
          { kind: 'LETTER_ISSUED', on: '2026-10-03' },
          { kind: 'LETTER_ISSUED', on: '2026-10-13' },
        ],
      }),
    ).toEqual(onTime);
  });

  it('re-plans a granted visa: arrival moves earlier to the days after the grant, and the plan says why', () => {
    const issued: TimelineInput = { ...base, facts: [{ kind: 'LETTER_ISSUED', on: '2026-10-04' }] };
    expect(arrivalOf(issued)).toEqual({ earliest: '2026-10-26', latest: '2026-10-28' });
    const { timeline } = replan(issued, { kind: 'VISA_GRANTED', on: '2026-10-16', validUntil: '2027-06-30', role: 'PATIENT' });
    expect(find(timeline.milestones, 'ARRIVAL').start).toEqual({ earliest: '2026-10-17', latest: '2026-10-19' });
    expect(find(timeline.milestones, 'VISA').note).toContain('patient (S2) granted on 2026-10-16, valid to 2027-06-30');
    expect(timeline.flags).toEqual([]);
    // The stay it grants: a visa ending before the latest discharge is flagged, and its own check sees it too.
    const short = replan(issued, { kind: 'VISA_GRANTED', on: '2026-10-16', validUntil: '2026-12-15', role: 'PATIENT' }).timeline;
    expect(short.flags).toEqual([expect.stringContaining('ends on 2026-12-15, before the latest planned discharge')]);
  });

  it('travels together: a granted patient still waits for a companion whose application is pending', () => {
    const party = [member(DEFAULT_VISA_ROUTES[0]!, 'p'), member(DEFAULT_VISA_ROUTES[1]!, 'c')];
    const issued: TimelineInput = { ...base, party, facts: [{ kind: 'LETTER_ISSUED', on: '2026-10-04' }] };
    const granted = replan(issued, { kind: 'VISA_GRANTED', on: '2026-10-16', validUntil: '2027-06-30', role: 'PATIENT', travellerId: 'p' });
    expect(find(granted.timeline.milestones, 'ARRIVAL').start).toEqual(arrivalOf(issued));
    const both = replan(granted.input, { kind: 'VISA_GRANTED', on: '2026-10-18', validUntil: '2027-06-30', role: 'COMPANION', travellerId: 'c' });
    expect(find(both.timeline.milestones, 'ARRIVAL').start).toEqual({ earliest: '2026-10-19', latest: '2026-10-21' });
  });

  it('re-plans a refused companion without waiting for them, and flags it', () => {
    const party = [member(DEFAULT_VISA_ROUTES[0]!, 'p'), member(slow, 'c')];
    const issued: TimelineInput = { ...base, party, facts: [{ kind: 'LETTER_ISSUED', on: '2026-10-04' }] };
    const refused = replan(issued, { kind: 'VISA_REFUSED', on: '2026-10-20', role: 'COMPANION', travellerId: 'c' }).timeline;
    expect(find(refused.milestones, 'ARRIVAL').start).toEqual({ earliest: '2026-10-26', latest: '2026-10-28' });
    expect(daysBetween(find(refused.milestones, 'ARRIVAL').start.earliest, arrivalOf(issued).earliest)).toBe(45 - 21);
    expect(refused.flags).toEqual([expect.stringContaining("companion's visa was refused on 2026-10-20")]);
  });

  it('refuses visa facts it cannot plan from', () => {
    expect(() => planTimeline({ ...base, facts: [{ kind: 'LETTER_ISSUED', on: '2026-09-20' }] })).toThrow('on or after acceptance');
    expect(() => planTimeline({ ...base, facts: [{ kind: 'VISA_GRANTED', on: '2026-10-20', validUntil: '2026-10-01', role: 'PATIENT' }] })).toThrow(
      'valid until a date on or after the grant',
    );
  });
});

function addDaysTo(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
