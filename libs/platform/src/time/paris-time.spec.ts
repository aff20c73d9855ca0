import fc from 'fast-check';
import { isValidDate, isValidTime, minutesBetween, minutesOfDay, parisDate, parisInstant, parisTime } from './paris-time';

const HOUR_MS = 3_600_000;
const iso = (date: Date) => date.toISOString();

/** Last Sunday of March of a year (the EU spring change day since 1996), as 'YYYY-MM-DD'. */
function springChangeDay(year: number): string {
  const lastOfMarch = new Date(Date.UTC(year, 2, 31));
  return `${year}-03-${31 - lastOfMarch.getUTCDay()}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** A random valid date from 1996 (EU DST rules) to 2099 and a random time of day. */
const localDateTime = fc
  .record({ day: fc.integer({ min: 0, max: 37_985 }), minute: fc.integer({ min: 0, max: 1439 }) })
  .map(({ day, minute }) => ({
    date: new Date(Date.UTC(1996, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    time: `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`,
  }));
const inSpringGap = ({ date, time }: { date: string; time: string }) =>
  date === springChangeDay(Number(date.slice(0, 4))) && time.startsWith('02:');

describe('isValidDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-04-30'])('accepts %s', (s) => {
    expect(isValidDate(s)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-1-05',
    '26-01-05',
    ' 2026-01-05',
    '2026-01-05T00:00',
    '2026/01/05',
    '',
  ])('refuses %j', (s) => {
    expect(isValidDate(s)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isValidDate(20260105)).toBe(false);
    expect(isValidDate(null)).toBe(false);
    expect(isValidDate(new Date())).toBe(false);
  });

  it('agrees with the Gregorian calendar for any year, month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const probe = new Date(0);
        probe.setUTCFullYear(y, m - 1, d);
        const real = probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
        expect(isValidDate(`${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`)).toBe(real);
      }),
    );
  });
});

describe('isValidTime', () => {
  it.each(['00:00', '08:45', '12:00', '23:59'])('accepts %s', (s) => expect(isValidTime(s)).toBe(true));
  it.each(['24:00', '23:60', '8:00', '08:0', '08h00', '08:00:00', '-1:00', ' 08:00', '', '0800'])('refuses %j', (s) =>
    expect(isValidTime(s)).toBe(false),
  );
  it('refuses what is not a string', () => expect(isValidTime(800)).toBe(false));
});

describe('minutesOfDay and minutesBetween', () => {
  it('counts minutes since midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('08:45')).toBe(525);
    expect(minutesOfDay('23:59')).toBe(1439);
  });

  it('gives end − start, zero or negative when the end is not after the start', () => {
    expect(minutesBetween('08:30', '12:00')).toBe(210);
    expect(minutesBetween('10:00', '10:00')).toBe(0);
    expect(minutesBetween('14:00', '13:30')).toBe(-30);
  });

  it('throws a French RangeError on a malformed time', () => {
    expect(() => minutesOfDay('24:00')).toThrow(RangeError);
    expect(() => minutesBetween('8:00', '10:00')).toThrow('Heure invalide : « 8:00 »');
  });

  it('is antisymmetric and additive', () => {
    const time = fc.integer({ min: 0, max: 1439 }).map((m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);
    fc.assert(
      fc.property(time, time, time, (a, b, c) => {
        expect(minutesBetween(a, b) + minutesBetween(b, a)).toBe(0);
        expect(minutesBetween(a, b) + minutesBetween(b, c)).toBe(minutesBetween(a, c));
      }),
    );
  });
});

describe('parisInstant', () => {
  it('uses UTC+1 in winter and UTC+2 in summer', () => {
    expect(iso(parisInstant('2026-01-15', '10:00'))).toBe('2026-01-15T09:00:00.000Z');
    expect(iso(parisInstant('2026-07-15', '10:00'))).toBe('2026-07-15T08:00:00.000Z');
    expect(iso(parisInstant('2026-01-01', '00:30'))).toBe('2025-12-31T23:30:00.000Z');
    expect(iso(parisInstant('2026-12-31', '23:59'))).toBe('2026-12-31T22:59:00.000Z');
  });

  it('handles the spring change (2026-03-29: 02:00 becomes 03:00)', () => {
    expect(iso(parisInstant('2026-03-29', '01:59'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(parisInstant('2026-03-29', '03:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(parisInstant('2026-03-29', '12:00'))).toBe('2026-03-29T10:00:00.000Z');
  });

  it('moves a time skipped by the spring change one hour later', () => {
    expect(iso(parisInstant('2026-03-29', '02:30'))).toBe('2026-03-29T01:30:00.000Z');
    expect(parisTime(parisInstant('2026-03-29', '02:30'))).toBe('03:30');
    expect(parisTime(parisInstant('2026-03-29', '02:00'))).toBe('03:00');
    expect(parisTime(parisInstant('2026-03-29', '02:59'))).toBe('03:59');
  });

  it('handles the autumn change (2026-10-25: 03:00 becomes 02:00) and takes the first of a repeated time', () => {
    expect(iso(parisInstant('2026-10-25', '01:59'))).toBe('2026-10-24T23:59:00.000Z');
    expect(iso(parisInstant('2026-10-25', '02:00'))).toBe('2026-10-25T00:00:00.000Z');
    expect(iso(parisInstant('2026-10-25', '02:30'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(parisInstant('2026-10-25', '02:59'))).toBe('2026-10-25T00:59:00.000Z');
    expect(iso(parisInstant('2026-10-25', '03:00'))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(parisInstant('2026-10-25', '12:00'))).toBe('2026-10-25T11:00:00.000Z');
  });

  it('throws a French RangeError on a malformed date or time', () => {
    expect(() => parisInstant('2026-02-30', '10:00')).toThrow('Date invalide : « 2026-02-30 »');
    expect(() => parisInstant('2026-02-10', '24:00')).toThrow(RangeError);
  });

  it('round-trips any local date and time outside the spring gap', () => {
    fc.assert(
      fc.property(
        localDateTime.filter((l) => !inSpringGap(l)),
        ({ date, time }) => {
          const instant = parisInstant(date, time);
          expect([parisDate(instant), parisTime(instant)]).toEqual([date, time]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('moves any time of the spring gap exactly one hour later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1996, max: 2099 }), fc.integer({ min: 0, max: 59 }), (year, minute) => {
        const date = springChangeDay(year);
        const instant = parisInstant(date, `02:${pad2(minute)}`);
        expect([parisDate(instant), parisTime(instant)]).toEqual([date, `03:${pad2(minute)}`]);
      }),
    );
  });

  it('gives back any instant, or one hour earlier for the second pass of a repeated time', () => {
    const minute = fc.integer({ min: Date.UTC(1996, 0, 1) / 60_000, max: Date.UTC(2099, 11, 31) / 60_000 });
    fc.assert(
      fc.property(minute, (m) => {
        const instant = new Date(m * 60_000);
        const back = parisInstant(parisDate(instant), parisTime(instant)).getTime();
        expect([0, HOUR_MS]).toContain(instant.getTime() - back);
      }),
      { numRuns: 2000 },
    );
  });

  it('never goes backwards as local time goes forwards on a day', () => {
    fc.assert(
      fc.property(localDateTime, fc.integer({ min: 1, max: 1439 }), ({ date, time }, step) => {
        const later = minutesOfDay(time) + step;
        fc.pre(later < 1440);
        const laterTime = `${pad2(Math.floor(later / 60))}:${pad2(later % 60)}`;
        expect(parisInstant(date, laterTime).getTime()).toBeGreaterThanOrEqual(parisInstant(date, time).getTime());
      }),
    );
  });
});

describe('parisDate and parisTime', () => {
  it('read the local date and time of an instant', () => {
    expect(parisDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(parisTime(new Date('2026-03-28T23:30:00Z'))).toBe('00:30');
    expect(parisTime(new Date('2026-06-30T22:15:59.999Z'))).toBe('00:15');
    expect(parisDate(new Date('2026-06-30T22:15:00Z'))).toBe('2026-07-01');
  });

  it('show 02:30 twice on the autumn change day', () => {
    expect(parisTime(new Date('2026-10-25T00:30:00Z'))).toBe('02:30');
    expect(parisTime(new Date('2026-10-25T01:30:00Z'))).toBe('02:30');
    expect(parisTime(new Date('2026-10-25T02:30:00Z'))).toBe('03:30');
  });

  it('throw a RangeError on an invalid or out-of-range instant', () => {
    expect(() => parisDate(new Date('nope'))).toThrow('Instant invalide.');
    expect(() => parisTime(new Date(-8.64e15))).toThrow(RangeError);
    expect(() => parisDate(new Date(8.64e15))).toThrow(RangeError);
  });
});
