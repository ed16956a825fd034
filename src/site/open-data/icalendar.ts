/**
 * iCalendar (RFC 5545) for the annual wheel: a small writer, so that the output is the
 * same byte for byte on every build (the incremental build is compared with a full one).
 * Text is escaped (\\ ; , and line breaks) and every content line folded at 75 octets
 * without splitting a UTF-8 character; lines end in CRLF. The organisation's feed is made
 * from the plans' own files (combineCalendars), so it needs no plan's model.
 */
import type { CalendarEvent, PlanCalendar } from '../../derive/calendar-events';

const PRODID = '-//planverk//annual wheel//SV';
/** The number of events left out (no fixed time), for the organisation's feed. */
const UNDATED_PROPERTY = 'X-PLANVERK-UNDATED';

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line folded to at most 75 octets per physical line (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${compactDate(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
    `DTEND;VALUE=DATE:${compactDate(event.end)}`,
    ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `CATEGORIES:${escapeText(event.category)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function calendarText(name: string, description: string, undated: number, events: string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `X-WR-CALDESC:${escapeText(description)}`,
    `${UNDATED_PROPERTY}:${undated}`,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** The text of a plan's `arshjul.ics`. */
export function planCalendarText(calendar: PlanCalendar): string {
  return calendarText(calendar.name, calendar.description, calendar.undated, calendar.events.flatMap((event) => eventLines(event, calendar.stamp)));
}

/** The unfolded content lines of an iCalendar text. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

/**
 * One feed of the events of several plans' calendars (texts written by planCalendarText),
 * in the order given; the description counts the events left out of them all.
 */
export function combineCalendars(texts: readonly string[], name: string, description: (undated: number) => string): string {
  const events: string[] = [];
  let undated = 0;
  for (const text of texts) {
    let inEvent = false;
    for (const line of unfold(text)) {
      if (line === 'BEGIN:VEVENT') inEvent = true;
      if (inEvent) events.push(line);
      if (line === 'END:VEVENT') inEvent = false;
      if (!inEvent && line.startsWith(`${UNDATED_PROPERTY}:`)) undated += Number(line.slice(UNDATED_PROPERTY.length + 1)) || 0;
    }
  }
  return calendarText(name, description(undated), undated, events);
}
