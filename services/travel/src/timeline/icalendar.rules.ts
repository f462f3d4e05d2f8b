import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, daysBetween } from '@carta/domain';
import { DateWindow, Milestone, MilestoneName, TreatmentTimeline } from './treatment-timeline.rules';

/**
 * The family's calendar (RFC 5545, written by ical-generator): one event per milestone on its
 * EXPECTED day — the middle of its window — or, where it truly lasts (manufacturing,
 * lymphodepletion, the hospital stay), over its expected span; the whole earliest–latest window is
 * written in the description. Dates only: all-day events need no time zone and do not drift when
 * the family flies east. Events at the centre carry its address as their location.
 */
export interface CalendarCentre {
  name: string;
  nameZh?: string | null;
  city: string;
  address?: { en: string; zh: string } | null;
}

export interface CalendarExport {
  caseId: string;
  timeline: TreatmentTimeline;
  /** Bumped on every re-plan: calendar apps replace an event only when its SEQUENCE grows. */
  revision: number;
  now: Date;
  /** The accepting centre as travel knows it; null until its profile arrives. */
  centre: CalendarCentre | null;
}

interface EventShape {
  summary: string;
  /** A day the family marks (start of the window's middle) or a stay they live through. */
  shape: 'DAY_OF_START' | 'DAY_OF_END' | 'SPAN';
  /** Happens at (or next to) the centre. */
  atCentre: boolean;
}

const EVENTS: Record<MilestoneName, EventShape> = {
  // The letter and the visas are awaited at home: the day they are expected, not the wait.
  INVITATION_LETTER: { summary: 'Invitation letter expected', shape: 'DAY_OF_END', atCentre: false },
  VISA: { summary: 'Visas expected', shape: 'DAY_OF_END', atCentre: false },
  ARRIVAL: { summary: 'Arrival at the centre', shape: 'DAY_OF_START', atCentre: true },
  APHERESIS: { summary: 'Apheresis (cell collection)', shape: 'DAY_OF_START', atCentre: true },
  // The family may stay or go home while the cells are made: no location.
  MANUFACTURING: { summary: 'CAR-T manufacturing', shape: 'SPAN', atCentre: false },
  LYMPHODEPLETION: { summary: 'Lymphodepletion', shape: 'SPAN', atCentre: true },
  INFUSION: { summary: 'CAR-T infusion (day 0)', shape: 'DAY_OF_START', atCentre: true },
  IN_HOSPITAL_MONITORING: { summary: 'Monitoring in hospital', shape: 'SPAN', atCentre: true },
  HOTEL_MONITORING: { summary: 'Monitoring from a hotel near the centre', shape: 'SPAN', atCentre: true },
  FOLLOW_UP: { summary: 'Discharge and follow-up at home', shape: 'DAY_OF_START', atCentre: true },
};

/** The expected day of a window: its middle (earlier of the two when the window has an even number of days). */
export const expectedDay = (window: DateWindow): string => addDays(window.earliest, Math.floor(daysBetween(window.earliest, window.latest) / 2));

const range = (window: DateWindow) => (window.earliest === window.latest ? window.earliest : `between ${window.earliest} and ${window.latest}`);

function describe(milestone: Milestone): string {
  const { start, end } = milestone;
  const when =
    start.earliest === end.earliest && start.latest === end.latest
      ? `Expected ${expectedDay(start)}; window ${start.earliest} to ${start.latest}.`
      : `Starts ${range(start)}; ends ${range(end)}.`;
  return `${milestone.note}.\n${when}\nA planning range: the centre confirms the exact days. Carta updates this calendar when the plan changes.`;
}

/** The centre's printed address (English, then Chinese for the taxi), or its name and city until the address is known. */
export function centreLocation(centre: CalendarCentre | null): string | null {
  if (!centre) return null;
  const name = centre.nameZh ? `${centre.name} (${centre.nameZh})` : centre.name;
  return centre.address ? `${name}, ${centre.address.en} / ${centre.address.zh}` : `${name}, ${centre.city}`;
}

/** Days as UTC midnights: ical-generator prints an all-day Date by its UTC calendar day. */
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** Stable per case and milestone, so a re-planned calendar updates events instead of adding new ones. */
export const milestoneUid = (caseId: string, name: MilestoneName) => `${caseId}-${name.toLowerCase().replaceAll('_', '-')}@carta`;

export function timelineToICalendar({ caseId, timeline, revision, now, centre }: CalendarExport): string {
  const calendar = ical({
    prodId: { company: 'Carta', product: 'Treatment timeline', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No names: the calendar may be shared with a family's devices and third-party calendar apps.
    name: 'Treatment timeline',
    // Subscribed calendars refresh at least this often (seconds), so a re-plan reaches the family within hours.
    ttl: 6 * 60 * 60,
  });
  const location = centreLocation(centre);
  for (const milestone of timeline.milestones) {
    const event = EVENTS[milestone.name];
    let first: string;
    let last: string;
    if (event.shape === 'SPAN') {
      first = expectedDay(milestone.start);
      const end = expectedDay(milestone.end);
      last = end > first ? end : first;
    } else first = last = expectedDay(event.shape === 'DAY_OF_END' ? milestone.end : milestone.start);
    calendar.createEvent({
      id: milestoneUid(caseId, milestone.name),
      sequence: revision,
      stamp: now,
      allDay: true,
      start: utcDay(first),
      // DTEND of an all-day event is exclusive: the day after the last day.
      end: utcDay(addDays(last, 1)),
      summary: event.summary,
      description: describe(milestone),
      location: event.atCentre ? location : null,
      // Expected days, not appointments: they should not mark the family busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
