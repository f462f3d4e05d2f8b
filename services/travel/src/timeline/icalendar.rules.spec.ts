import ICAL from 'ical.js';
import { centreLocation, expectedDay, timelineToICalendar } from './icalendar.rules';
import { planTimeline, replan, TimelineInput } from './treatment-timeline.rules';

const base: TimelineInput = {
  productType: 'AUTOLOGOUS',
  centrePolicy: { hotelMonitoringAfterDay14: false, monitoringDays: { min: 14, max: 30 } },
  firstContactOn: '2026-09-15',
  acceptedOn: '2026-10-01',
};
const centre = {
  name: 'Peking University People’s Hospital',
  nameZh: '北京大学人民医院',
  city: 'Beijing',
  address: { en: '11 Xizhimen South Street, Xicheng District; Beijing 100044', zh: '北京市西城区西直门南大街11号' },
};
const now = new Date('2026-11-22T10:00:05.123Z');

/** Parsed back by an independent iCalendar parser: what a calendar app would read. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const start = component.getFirstProperty('dtstart')!;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      sequence: event.sequence,
      allDay: start.type === 'date',
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      stamp: component.getFirstPropertyValue('dtstamp')?.toString(),
    };
  });
}

describe('timelineToICalendar', () => {
  const timeline = planTimeline(base);
  const ics = timelineToICalendar({ caseId: 'case-7f3a', timeline, revision: 2, now, centre });
  const events = parse(ics);
  const event = (uid: string) => events.find((candidate) => candidate.uid === uid)!;

  it('has one all-day VEVENT per milestone, with a stable UID, SEQUENCE and DTSTAMP', () => {
    expect(events).toHaveLength(timeline.milestones.length);
    expect(new Set(events.map((candidate) => candidate.uid)).size).toBe(events.length);
    for (const candidate of events) {
      expect(candidate.allDay).toBe(true);
      expect(candidate.sequence).toBe(2);
      expect(candidate.stamp).toBe('2026-11-22T10:00:05Z');
      expect(candidate.end > candidate.start).toBe(true);
    }
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('puts the infusion on one day, its expected day, with the whole window in the description', () => {
    const infusion = event('case-7f3a-infusion@carta');
    expect(timeline.infusion).toEqual({ earliest: '2026-11-19', latest: '2026-12-18' });
    expect(infusion.start).toBe(expectedDay(timeline.infusion));
    expect(infusion.start).toBe('2026-12-03');
    expect(infusion.end).toBe('2026-12-04'); // exclusive: a single day
    expect(infusion.summary).toBe('CAR-T infusion (day 0)');
    expect(infusion.description).toContain('window 2026-11-19 to 2026-12-18');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261203');
  });

  it('spans what truly lasts (the hospital stay) from its expected start to its expected end', () => {
    const stay = event('case-7f3a-in-hospital-monitoring@carta');
    expect(stay.start).toBe('2026-12-03');
    const hospital = timeline.milestones.find((milestone) => milestone.name === 'IN_HOSPITAL_MONITORING')!;
    expect(stay.end).toBe('2026-12-26'); // expected end 2026-12-25, inclusive
    expect(expectedDay(hospital.end)).toBe('2026-12-25');
    expect(stay.description).toContain('ends between 2026-12-03 and 2027-01-17');
  });

  it('locates the events at the centre by its address, in English and Chinese, escaped and read back intact', () => {
    const location = '北京大学人民医院';
    expect(event('case-7f3a-infusion@carta').location).toBe(centreLocation(centre));
    expect(event('case-7f3a-infusion@carta').location).toContain(location);
    expect(event('case-7f3a-infusion@carta').location).toContain('11 Xizhimen South Street, Xicheng District; Beijing 100044');
    expect(ics).toContain('Xicheng District\\; Beijing');
    // Awaited at home: the letter and the visas have no location.
    expect(event('case-7f3a-visa@carta').location).toBeNull();
    // Before the centre's address is known: its name and city; before its profile: nothing.
    const unknownAddress = parse(timelineToICalendar({ caseId: 'c', timeline, revision: 1, now, centre: { ...centre, nameZh: null, address: null } }));
    expect(unknownAddress.find((candidate) => candidate.uid === 'c-arrival@carta')!.location).toBe('Peking University People’s Hospital, Beijing');
    const noCentre = parse(timelineToICalendar({ caseId: 'c', timeline, revision: 1, now, centre: null }));
    expect(noCentre.every((candidate) => candidate.location === null)).toBe(true);
  });

  it('updates the same events on a re-plan: same UIDs, a higher SEQUENCE, new days', () => {
    const delayed = replan(base, { kind: 'MANUFACTURING_DELAY', days: 14 }).timeline;
    const again = parse(timelineToICalendar({ caseId: 'case-7f3a', timeline: delayed, revision: 3, now, centre }));
    expect(again.map((candidate) => candidate.uid)).toEqual(events.map((candidate) => candidate.uid));
    expect(again.every((candidate) => candidate.sequence === 3)).toBe(true);
    expect(again.find((candidate) => candidate.uid === 'case-7f3a-infusion@carta')!.start).toBe('2026-12-17');
  });
});
