import { addDays, basicDate } from '@carta/domain';
import { Milestone, MilestoneName, TreatmentTimeline } from './treatment-timeline.rules';

/**
 * The family's calendar (RFC 5545): one all-day event per milestone, from its earliest start to its
 * latest end, so the whole window in which it may happen is blocked out. Dates only, no times:
 * all-day events need no time zone and do not drift when the family flies east.
 */
export interface CalendarExport {
  caseId: string;
  timeline: TreatmentTimeline;
  /** Bumped on every re-plan: calendar apps replace an event only when its SEQUENCE grows. */
  revision: number;
  now: Date;
}

const SUMMARIES: Record<MilestoneName, string> = {
  INVITATION_LETTER: 'Invitation letter',
  VISA: 'Visa processing',
  ARRIVAL: 'Arrival at the centre',
  APHERESIS: 'Apheresis (cell collection)',
  MANUFACTURING: 'CAR-T manufacturing',
  LYMPHODEPLETION: 'Lymphodepletion',
  INFUSION: 'CAR-T infusion (day 0)',
  IN_HOSPITAL_MONITORING: 'Monitoring in hospital',
  HOTEL_MONITORING: 'Monitoring from the hotel',
  FOLLOW_UP: 'Discharge and follow-up at home',
};

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines over 75 octets fold (§3.1): CRLF then a space, which counts; never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function describe(milestone: Milestone): string {
  const { start, end } = milestone;
  const when =
    start.earliest === end.earliest && start.latest === end.latest
      ? `Expected between ${start.earliest} and ${start.latest}.`
      : `Starts between ${start.earliest} and ${start.latest}; ends between ${end.earliest} and ${end.latest}.`;
  return `${milestone.note}. ${when} A planning range: the centre confirms the exact days.`;
}

export function timelineToICalendar({ caseId, timeline, revision, now }: CalendarExport): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Carta//Treatment timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const milestone of timeline.milestones) {
    lines.push(
      'BEGIN:VEVENT',
      // Stable per case and milestone, so a re-planned calendar updates events instead of adding new ones.
      `UID:${caseId}-${milestone.name.toLowerCase().replaceAll('_', '-')}@carta`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${revision}`,
      `DTSTART;VALUE=DATE:${basicDate(milestone.start.earliest)}`,
      // DTEND of an all-day event is exclusive: the day after the last day.
      `DTEND;VALUE=DATE:${basicDate(addDays(milestone.end.latest, 1))}`,
      `SUMMARY:${escapeText(SUMMARIES[milestone.name])}`,
      `DESCRIPTION:${escapeText(describe(milestone))}`,
      // Windows, not appointments: they should not mark the family busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
