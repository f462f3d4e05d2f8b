import { TreatmentTimeline } from './treatment-timeline';

/** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/** Lines longer than 75 octets are folded: CRLF and one space, never splitting a UTF-8 character. */
function fold(line: string): string {
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

const day = (date: string) => date.replaceAll('-', '');
const dayAfter = (date: string) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return day(next.toISOString().slice(0, 10));
};

/** The family's calendar: one all-day event per milestone, spanning its earliest start to latest end. */
export function timelineToICalendar(caseId: string, timeline: TreatmentTimeline, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Carta//Treatment timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const milestone of timeline.milestones) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${caseId}-${milestone.name.toLowerCase()}@carta`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(milestone.start.earliest)}`,
      `DTEND;VALUE=DATE:${dayAfter(milestone.end.latest)}`,
      `SUMMARY:${escapeText(milestone.name.replaceAll('_', ' ').toLowerCase().replace(/^./, (first) => first.toUpperCase()))}`,
      `DESCRIPTION:${escapeText(`${milestone.note}. Earliest ${milestone.start.earliest}, latest ${milestone.start.latest}.`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
