import { timelineToICalendar } from './icalendar';
import { Milestone, MilestoneName, planTimeline, TimelineInput } from './treatment-timeline';

const base: TimelineInput = { productType: 'AUTOLOGOUS', centrePolicy: { hotelMonitoringAfterDay14: false }, firstContactOn: '2026-09-01', acceptedOn: '2026-10-01' };
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const find = (milestones: Milestone[], name: MilestoneName) => milestones.find((milestone) => milestone.name === name)!;
const length = (milestone: Milestone) => ({ min: days(milestone.start.earliest, milestone.end.earliest), max: days(milestone.start.latest, milestone.end.latest) });

describe('planTimeline', () => {
  it('plans an autologous product with the ranges of DOMAIN.md', () => {
    const { milestones, firstContactToInfusionDays } = planTimeline(base);
    expect(milestones.map((milestone) => milestone.name)).toEqual(['INVITATION_LETTER', 'VISA', 'ARRIVAL', 'APHERESIS', 'MANUFACTURING', 'LYMPHODEPLETION', 'INFUSION', 'IN_HOSPITAL_MONITORING', 'FOLLOW_UP']);
    expect(length(find(milestones, 'VISA'))).toEqual({ min: 14, max: 21 });
    expect(length(find(milestones, 'MANUFACTURING'))).toEqual({ min: 21, max: 42 });
    expect(length(find(milestones, 'LYMPHODEPLETION'))).toEqual({ min: 3, max: 5 });
    expect(length(find(milestones, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 30 });
    const infusion = find(milestones, 'INFUSION');
    expect(infusion.start).toEqual(find(milestones, 'LYMPHODEPLETION').end);
    expect(firstContactToInfusionDays).toEqual({ min: days('2026-09-01', infusion.start.earliest), max: days('2026-09-01', infusion.start.latest) });
  });

  it('plans an allogeneic product without apheresis or manufacturing: preparation starts on arrival', () => {
    const { milestones } = planTimeline({ ...base, productType: 'ALLOGENEIC' });
    expect(milestones.map((milestone) => milestone.name)).not.toContain('MANUFACTURING');
    expect(milestones.map((milestone) => milestone.name)).not.toContain('APHERESIS');
    expect(find(milestones, 'LYMPHODEPLETION').start).toEqual(find(milestones, 'ARRIVAL').end);
    const autologous = planTimeline(base).firstContactToInfusionDays;
    const allogeneic = planTimeline({ ...base, productType: 'ALLOGENEIC' }).firstContactToInfusionDays;
    expect(autologous.min - allogeneic.min).toBe(21 + 1); // manufacturing and apheresis at their shortest
  });

  it('re-plans when manufacturing is delayed or a visa is refused', () => {
    const planned = find(planTimeline(base).milestones, 'INFUSION').start;
    const delayed = find(planTimeline({ ...base, manufacturingDelayDays: 10 }).milestones, 'INFUSION').start;
    expect(days(planned.earliest, delayed.earliest)).toBe(10);
    const refused = planTimeline({ ...base, visaRefusals: 1 }).milestones;
    expect(days(find(planTimeline(base).milestones, 'ARRIVAL').start.earliest, find(refused, 'ARRIVAL').start.earliest)).toBe(14);
  });

  it('moves the patient to a hotel after day 14 where the centre allows it', () => {
    const { milestones } = planTimeline({ ...base, centrePolicy: { hotelMonitoringAfterDay14: true } });
    expect(length(find(milestones, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 14 });
    expect(length(find(milestones, 'HOTEL_MONITORING'))).toEqual({ min: 0, max: 16 });
  });
});

describe('timelineToICalendar', () => {
  it('exports an RFC 5545 calendar the family can import', () => {
    const ics = timelineToICalendar('case-1', planTimeline(base), new Date('2026-11-22T10:00:00Z'));
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(ics).toContain('UID:case-1-infusion@carta');
    expect(ics).toContain('DTSTAMP:20261122T100000Z');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
    expect(ics).toContain('day 0. Earliest');
    expect(ics).not.toMatch(/[^\r]\n/);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain('CRS/ICANS monitoring in hospital\\, 14–30 days');
  });
});
