import { escapeText, timelineToICalendar } from './icalendar.rules';
import { daysBetween } from '@carta/domain';
import { Milestone, MilestoneName, planTimeline, replan, spanDays as length, TimelineInput } from './treatment-timeline.rules';

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
    expect(length(find(milestones, 'VISA'))).toEqual({ min: 14, max: 21 });
    expect(length(find(milestones, 'MANUFACTURING'))).toEqual({ min: 21, max: 42 });
    expect(length(find(milestones, 'LYMPHODEPLETION'))).toEqual({ min: 3, max: 5 });
    expect(length(find(milestones, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 30 });
    // Each step starts when the one before it can end; infusion is the day lymphodepletion ends.
    expect(find(milestones, 'MANUFACTURING').start).toEqual(find(milestones, 'APHERESIS').end);
    expect(find(milestones, 'INFUSION').start).toEqual(find(milestones, 'LYMPHODEPLETION').end);
    expect(infusion).toEqual({ earliest: '2026-11-12', latest: '2026-12-18' });
    expect(find(milestones, 'FOLLOW_UP').start).toEqual({ earliest: '2026-11-26', latest: '2027-01-17' });
    expect(firstContactToInfusionDays).toEqual({ min: 58, max: 94 });
  });

  it('shows that the clocks alone take 6–11 weeks from acceptance, so only the fast end meets the typical 4–8 weeks', () => {
    const { infusion } = planTimeline({ ...base, firstContactOn: base.acceptedOn });
    // letter 2–5 + visa 14–21 + travel 1–3 + apheresis 1–2 + manufacturing 21–42 + lymphodepletion 3–5
    expect(daysBetween(base.acceptedOn, infusion.earliest)).toBe(42);
    expect(daysBetween(base.acceptedOn, infusion.latest)).toBe(78);
  });

  it('plans an allogeneic product without apheresis or manufacturing: preparation starts on arrival', () => {
    const { milestones, infusion } = planTimeline({ ...base, productType: 'ALLOGENEIC' });
    expect(milestones.map((milestone) => milestone.name)).not.toEqual(expect.arrayContaining(['APHERESIS']));
    expect(milestones.map((milestone) => milestone.name)).not.toEqual(expect.arrayContaining(['MANUFACTURING']));
    expect(find(milestones, 'LYMPHODEPLETION').start).toEqual(find(milestones, 'ARRIVAL').end);
    expect(length(find(milestones, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 30 });
    expect({ min: daysBetween(base.acceptedOn, infusion.earliest), max: daysBetween(base.acceptedOn, infusion.latest) }).toEqual({ min: 20, max: 34 });
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
    expect(replan(input, { kind: 'MANUFACTURING_DELAY', days: 4 }).timeline.firstContactToInfusionDays).toEqual({ min: 72, max: 108 });
  });

  it('re-plans a visa refusal: a new application from the refusal day pushes arrival and all that follows', () => {
    const { input, timeline } = replan(base, { kind: 'VISA_REFUSED', on: '2026-10-20' });
    expect(find(timeline.milestones, 'VISA').end).toEqual({ earliest: '2026-11-03', latest: '2026-11-10' });
    expect(find(timeline.milestones, 'ARRIVAL').start).toEqual({ earliest: '2026-11-04', latest: '2026-11-13' });
    expect(find(planTimeline(base).milestones, 'ARRIVAL').start).toEqual({ earliest: '2026-10-18', latest: '2026-10-30' });
    expect(timeline.infusion.earliest > planTimeline(base).infusion.earliest).toBe(true);
    // Refused again: the latest refusal is the one that counts.
    const again = replan(input, { kind: 'VISA_REFUSED', on: '2026-11-05' }).timeline;
    expect(find(again.milestones, 'ARRIVAL').start.earliest).toBe('2026-11-20');
    expect(find(again.milestones, 'VISA').note).toContain('re-applied after the refusal of 2026-11-05');
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
    expect(() => planTimeline({ ...base, facts: [{ kind: 'VISA_REFUSED', on: '2026-09-01' }] })).toThrow('after acceptance');
  });
});

describe('timelineToICalendar', () => {
  const ics = timelineToICalendar({ caseId: 'case-7f3a', timeline: planTimeline(base), revision: 2, now: new Date('2026-11-22T10:00:05.123Z') });
  /** Unfolds continuation lines (RFC 5545 §3.1) and splits into content lines. */
  const contentLines = (text: string) =>
    text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .slice(0, -1);

  it('uses CRLF only, ends with one, and folds every line to at most 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true); // long descriptions were folded
    expect(contentLines(ics).every((line) => /^[A-Z-]+[;:]/.test(line))).toBe(true);
  });

  it('nests one VEVENT per milestone inside one VCALENDAR, each with the required properties', () => {
    const lines = contentLines(ics);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Carta//Treatment timeline//EN');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const events: string[][] = [];
    let open: string[] | null = null;
    for (const line of lines.slice(1, -1)) {
      if (line === 'BEGIN:VEVENT') {
        expect(open).toBeNull(); // events never nest
        open = [];
      } else if (line === 'END:VEVENT') {
        expect(open).not.toBeNull();
        if (open) events.push(open);
        open = null;
      } else open?.push(line);
    }
    expect(open).toBeNull();
    expect(events).toHaveLength(9);
    for (const event of events) {
      const property = (name: string) => event.filter((line) => line.startsWith(name));
      for (const name of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'DTEND;VALUE=DATE:', 'SUMMARY:', 'DESCRIPTION:', 'SEQUENCE:'])
        expect(property(name)).toHaveLength(1);
      const start = property('DTSTART')[0].split(':')[1];
      const end = property('DTEND')[0].split(':')[1];
      expect(start).toMatch(/^\d{8}$/);
      expect(end > start).toBe(true); // all-day DTEND is exclusive
    }
    expect(lines).toContain('UID:case-7f3a-infusion@carta');
    expect(lines).toContain('DTSTAMP:20261122T100005Z');
    expect(lines).toContain('SEQUENCE:2');
  });

  it('blocks out each milestone’s whole window and escapes commas and semicolons in text', () => {
    const lines = contentLines(ics);
    const infusion = lines.indexOf('UID:case-7f3a-infusion@carta');
    expect(lines.slice(infusion, infusion + 8)).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20261112', 'DTEND;VALUE=DATE:20261219', 'SUMMARY:CAR-T infusion (day 0)']),
    );
    expect(lines).toContain(
      'DESCRIPTION:CRS/ICANS monitoring in hospital\\, 14–30 days. Starts between 2026-11-12 and 2026-12-18\\; ends between 2026-11-26 and 2027-01-17. A planning range: the centre confirms the exact days.',
    );
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
