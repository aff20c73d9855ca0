/** iCalendar (RFC 5545) feeds of course sessions, for trainees' and trainers' calendar apps. */

/** One VEVENT; optional fields that are null, undefined or blank are left out. */
export interface ICalEvent {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
}

const PRODID = '-//CQP Assistant medical//Planning des formations//FR';
const MAX_LINE_OCTETS = 75;

/**
 * A VCALENDAR (PUBLISH, Europe/Paris display time zone) holding one VEVENT per event, times in UTC, DTSTAMP = now.
 * Lines end with CRLF and are folded at 75 octets without splitting a character. Throws a RangeError on an invalid Date.
 */
export function renderICalendar(name: string, events: ICalEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICalText(name)}`,
    'X-WR-TIMEZONE:Europe/Paris',
    ...events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldICalLine).join('\r\n') + '\r\n';
}

/** A TEXT value escaped per RFC 5545: backslash, ';' and ',' get a backslash, line breaks become '\n', other controls go. */
export function escapeICalText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '') // eslint-disable-line no-control-regex
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A content line folded into lines of at most 75 UTF-8 octets (continuations start with a space), joined by CRLF. */
export function foldICalLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

function eventLines(event: ICalEvent, now: Date): string[] {
  const optional = (property: string, value: string | null | undefined, render: (v: string) => string) =>
    value && value.trim() !== '' ? [`${property}:${render(value)}`] : [];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeICalText(event.uid)}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART:${utcDateTime(event.startsAt)}`,
    `DTEND:${utcDateTime(event.endsAt)}`,
    `SUMMARY:${escapeICalText(event.summary)}`,
    ...optional('LOCATION', event.location, escapeICalText),
    ...optional('DESCRIPTION', event.description, escapeICalText),
    ...optional('URL', event.url, (url) => url.replace(/[\x00-\x20\x7f]/g, '')), // eslint-disable-line no-control-regex
    'END:VEVENT',
  ];
}

/** An instant as an RFC 5545 UTC DATE-TIME: 20260312T080000Z. */
function utcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Date invalide dans le calendrier.');
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
