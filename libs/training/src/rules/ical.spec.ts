import fc from 'fast-check';
import { escapeICalText, foldICalLine, ICalEvent, renderICalendar } from './ical';

const now = new Date('2026-03-01T10:00:00Z');
const event: ICalEvent = {
  uid: 'session-42@cqp.example.fr',
  startsAt: new Date('2026-03-12T08:00:00Z'),
  endsAt: new Date('2026-03-12T11:00:00Z'),
  summary: 'BC03 Hygiène et qualité',
};
const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (text: string) => text.replace(/\r\n /g, '');
const utf8 = new TextDecoder('utf-8', { fatal: true });

describe('renderICalendar', () => {
  it('writes a complete calendar with CRLF line endings', () => {
    expect(renderICalendar('Promotion mars 2026', [event], now)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//CQP Assistant medical//Planning des formations//FR',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Promotion mars 2026',
        'X-WR-TIMEZONE:Europe/Paris',
        'BEGIN:VEVENT',
        'UID:session-42@cqp.example.fr',
        'DTSTAMP:20260301T100000Z',
        'DTSTART:20260312T080000Z',
        'DTEND:20260312T110000Z',
        'SUMMARY:BC03 Hygiène et qualité',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('writes an empty calendar', () => {
    const text = renderICalendar('Vide', [], now);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('X-WR-TIMEZONE:Europe/Paris\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toContain('VEVENT');
  });

  it('adds LOCATION, DESCRIPTION and URL when given, escaped as TEXT (URL as is)', () => {
    const text = renderICalendar(
      'P',
      [
        {
          ...event,
          location: 'Salle 2, bât. A; 1er étage',
          description: 'Apporter :\nblouse\\gants',
          url: 'https://ecole.example.fr/s/42?a=1,2;b',
        },
      ],
      now,
    );
    expect(text).toContain('\r\nLOCATION:Salle 2\\, bât. A\\; 1er étage\r\n');
    expect(text).toContain('\r\nDESCRIPTION:Apporter :\\nblouse\\\\gants\r\n');
    expect(text).toContain('\r\nURL:https://ecole.example.fr/s/42?a=1,2;b\r\n');
  });

  it('leaves out optional fields that are null, undefined or blank', () => {
    const text = renderICalendar('P', [{ ...event, location: null, description: '  ', url: undefined }], now);
    expect(text).not.toMatch(/LOCATION|DESCRIPTION|URL/);
  });

  it('writes one VEVENT per event, in order', () => {
    const text = renderICalendar('P', [event, { ...event, uid: 'session-43@x' }], now);
    expect(text.split('\r\n').filter((l) => l.startsWith('UID:'))).toEqual(['UID:session-42@cqp.example.fr', 'UID:session-43@x']);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('folds long accented lines at 75 octets without splitting a character', () => {
    const summary = 'Éducation thérapeutique : préparer l’accueil, l’hygiène et la sécurité — séance pratique évaluée 🩺 n° 2';
    const text = renderICalendar('P', [{ ...event, summary }], now);
    const lines = text.split('\r\n');
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(utf8.decode(Buffer.from(line, 'utf8'))).toBe(line);
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    expect(unfold(text)).toContain(`\r\nSUMMARY:${escapeICalText(summary)}\r\n`);
  });

  it('throws a RangeError on an invalid date', () => {
    expect(() => renderICalendar('P', [{ ...event, startsAt: new Date('nope') }], now)).toThrow('Date invalide dans le calendrier.');
  });

  it('keeps every line within 75 octets and unfolds back to the content, for any text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    fc.assert(
      fc.property(text, text, fc.option(text, { nil: null }), (name, summary, description) => {
        const rendered = renderICalendar(name, [{ ...event, summary, description }], now);
        expect(rendered.endsWith('\r\n')).toBe(true);
        for (const line of rendered.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(unfold(rendered)).toContain(`\r\nSUMMARY:${escapeICalText(summary)}\r\n`);
        expect(
          unfold(rendered)
            .split('\r\n')
            .every((l) => !/[\r\n]/.test(l)),
        ).toBe(true);
      }),
    );
  });
});

describe('escapeICalText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeICalText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters but keeps tabs and colons', () => {
    expect(escapeICalText('a\u0000b\u0007c\td:e\u007f')).toBe('abc\td:e');
  });

  it('can be read back', () => {
    const unescape = (s: string) => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '\\', ';', ',', '\n', ':', ' ', 'n') });
    fc.assert(fc.property(text, (s) => expect(unescape(escapeICalText(s))).toBe(s)));
  });
});

describe('foldICalLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldICalLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldICalLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('moves a two-octet character that would straddle the limit to the next line', () => {
    expect(foldICalLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    expect(foldICalLine(`${'x'.repeat(73)}é`)).toBe(`${'x'.repeat(73)}é`);
  });

  it('makes lines of at most 75 octets of whole characters that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (line) => {
        fc.pre(!/[\r\n]/.test(line));
        const folded = foldICalLine(line);
        const parts = folded.split('\r\n');
        parts.forEach((part, i) => {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          if (i > 0) expect(part.length).toBeGreaterThan(1);
        });
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect([...folded.replace(/\r\n /g, '')]).toEqual([...line]);
      }),
    );
  });
});
