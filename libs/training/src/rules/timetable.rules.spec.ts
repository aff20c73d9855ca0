import fc from 'fast-check';
import { checkSession, overlaps, SessionSlot, sessionMinutes, TimeSlot } from './timetable.rules';

const cohort = { startDate: '2026-03-02', endDate: '2026-06-30' };
const slot = (over: Partial<SessionSlot> = {}): SessionSlot => ({
  cohortId: 'c1',
  date: '2026-03-12',
  startTime: '09:00',
  endTime: '12:00',
  trainerId: 't1',
  ...over,
});
const stored = (id: string, over: Partial<SessionSlot> = {}) => ({ ...slot(over), id });

const pad2 = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
/** A well-formed, non-empty slot on one of three days. */
const timeSlot = fc
  .record({
    day: fc.constantFrom('2026-03-12', '2026-03-13', '2026-03-14'),
    start: fc.integer({ min: 0, max: 1438 }),
    length: fc.integer({ min: 1, max: 600 }),
    id: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
  })
  .map(({ day, start, length, id }): TimeSlot => ({
    id,
    date: day,
    startTime: hhmm(start),
    endTime: hhmm(Math.min(1439, start + length)),
  }));

describe('sessionMinutes', () => {
  it('counts the planned minutes of a session', () => {
    expect(sessionMinutes(slot())).toBe(180);
    expect(sessionMinutes(slot({ startTime: '13:30', endTime: '17:00' }))).toBe(210);
  });

  it('gives 0 when the end is not after the start', () => {
    expect(sessionMinutes(slot({ startTime: '12:00', endTime: '09:00' }))).toBe(0);
    expect(sessionMinutes(slot({ startTime: '12:00', endTime: '12:00' }))).toBe(0);
  });
});

describe('overlaps', () => {
  it('sees sessions sharing time on the same day', () => {
    expect(overlaps(slot(), slot({ startTime: '11:00', endTime: '13:00' }))).toBe(true);
    expect(overlaps(slot(), slot({ startTime: '10:00', endTime: '11:00' }))).toBe(true);
    expect(overlaps(slot(), slot({ startTime: '08:00', endTime: '18:00' }))).toBe(true);
  });

  it('does not see touching sessions, other days or empty ranges', () => {
    expect(overlaps(slot({ startTime: '08:00', endTime: '10:00' }), slot({ startTime: '10:00', endTime: '12:00' }))).toBe(false);
    expect(overlaps(slot(), slot({ date: '2026-03-13' }))).toBe(false);
    expect(overlaps(slot(), slot({ startTime: '10:00', endTime: '10:00' }))).toBe(false);
  });

  it('never sees a session overlap itself, but sees two identical sessions without ids', () => {
    expect(overlaps(stored('s1'), stored('s1'))).toBe(false);
    expect(overlaps(slot(), slot())).toBe(true);
  });

  it('is symmetric', () => {
    fc.assert(fc.property(timeSlot, timeSlot, (a, b) => expect(overlaps(a, b)).toBe(overlaps(b, a))));
  });

  it('never sees a session with an id overlap itself', () => {
    fc.assert(fc.property(timeSlot, (a) => expect(overlaps({ ...a, id: 'x' }, { ...a, id: 'x' })).toBe(false)));
  });

  it('gives the same answer when both sessions are shifted by the same amount', () => {
    fc.assert(
      fc.property(timeSlot, timeSlot, fc.integer({ min: -1439, max: 1439 }), (a, b, shift) => {
        const moved = (s: TimeSlot) => ({
          ...s,
          startTime: hhmm(toMinutes(s.startTime) + shift),
          endTime: hhmm(toMinutes(s.endTime) + shift),
        });
        const fits = (s: TimeSlot) => [s.startTime, s.endTime].every((t) => toMinutes(t) + shift >= 0 && toMinutes(t) + shift <= 1439);
        fc.pre(fits(a) && fits(b));
        expect(overlaps(moved(a), moved(b))).toBe(overlaps(a, b));
      }),
    );
  });

  it('agrees with a minute-by-minute comparison', () => {
    fc.assert(
      fc.property(timeSlot, timeSlot, (a, b) => {
        fc.pre(a.id === undefined || a.id !== b.id);
        const minutes = (s: TimeSlot) =>
          new Set(Array.from({ length: toMinutes(s.endTime) - toMinutes(s.startTime) }, (_, i) => toMinutes(s.startTime) + i));
        const shared = a.date === b.date && [...minutes(a)].some((m) => minutes(b).has(m));
        expect(overlaps(a, b)).toBe(shared);
      }),
    );
  });
});

describe('checkSession', () => {
  it('accepts a session inside the cohort with no conflict', () => {
    const others = [stored('s1', { startTime: '13:30', endTime: '17:00' }), stored('s2', { date: '2026-03-13' })];
    expect(checkSession(slot(), cohort, others)).toEqual([]);
  });

  it('accepts a session on the first and on the last day of the cohort', () => {
    expect(checkSession(slot({ date: cohort.startDate }), cohort, [])).toEqual([]);
    expect(checkSession(slot({ date: cohort.endDate }), cohort, [])).toEqual([]);
  });

  it('refuses an end at or before the start', () => {
    expect(checkSession(slot({ startTime: '12:00', endTime: '12:00' }), cohort, [])).toEqual([
      { code: 'INVALID_TIME_RANGE', message: "L'heure de fin (12:00) doit être postérieure à l'heure de début (12:00)." },
    ]);
    expect(checkSession(slot({ startTime: '14:00', endTime: '09:00' }), cohort, [])).toMatchObject([{ code: 'INVALID_TIME_RANGE' }]);
  });

  it('refuses malformed times and dates without looking for conflicts', () => {
    expect(checkSession(slot({ startTime: '9h', endTime: '24:00' }), cohort, [stored('s1')])).toEqual([
      { code: 'INVALID_TIME_RANGE', message: 'Horaires invalides : « 9h » à « 24:00 » (format attendu HH:MM).' },
    ]);
    expect(checkSession(slot({ date: '2026-02-30' }), cohort, [stored('s1', { date: '2026-02-30' })])).toEqual([
      {
        code: 'SESSION_OUTSIDE_COHORT',
        message: 'Date de séance invalide : « 2026-02-30 » (la promotion se déroule du 02/03/2026 au 30/06/2026).',
      },
    ]);
  });

  it('refuses a date outside the cohort, naming its dates', () => {
    expect(checkSession(slot({ date: '2026-03-01' }), cohort, [])).toEqual([
      {
        code: 'SESSION_OUTSIDE_COHORT',
        message: 'La séance du 01/03/2026 est en dehors des dates de la promotion (du 02/03/2026 au 30/06/2026).',
      },
    ]);
    expect(checkSession(slot({ date: '2026-07-01' }), cohort, [])).toMatchObject([{ code: 'SESSION_OUTSIDE_COHORT' }]);
  });

  it('refuses an overlap with a session of the same cohort, naming its times', () => {
    const others = [stored('s1', { startTime: '11:00', endTime: '13:00', trainerId: 't2' })];
    expect(checkSession(slot(), cohort, others)).toEqual([
      {
        code: 'SESSION_OVERLAP',
        message: 'Cette séance (09:00 à 12:00) chevauche une autre séance de la promotion le 12/03/2026 de 11:00 à 13:00.',
        withSessionId: 's1',
      },
    ]);
  });

  it('lets touching sessions follow each other', () => {
    const others = [stored('s1', { startTime: '08:00', endTime: '09:00' }), stored('s2', { startTime: '12:00', endTime: '13:00' })];
    expect(checkSession(slot(), cohort, others)).toEqual([]);
  });

  it('refuses a trainer already teaching another cohort at that time', () => {
    const others = [stored('s9', { cohortId: 'c2', startTime: '08:00', endTime: '10:00' })];
    expect(checkSession(slot(), cohort, others)).toEqual([
      {
        code: 'TRAINER_DOUBLE_BOOKED',
        message: "Le formateur anime déjà une séance d'une autre promotion le 12/03/2026 de 08:00 à 10:00.",
        withSessionId: 's9',
      },
    ]);
  });

  it('ignores other cohorts with another trainer or with no trainer, and a candidate with no trainer', () => {
    expect(checkSession(slot(), cohort, [stored('s9', { cohortId: 'c2', trainerId: 't2' })])).toEqual([]);
    expect(checkSession(slot(), cohort, [stored('s9', { cohortId: 'c2', trainerId: null })])).toEqual([]);
    expect(checkSession(slot({ trainerId: null }), cohort, [stored('s9', { cohortId: 'c2', trainerId: null })])).toEqual([]);
  });

  it('reports a same-cohort overlap once, even with the same trainer', () => {
    expect(checkSession(slot(), cohort, [stored('s1')])).toMatchObject([{ code: 'SESSION_OVERLAP', withSessionId: 's1' }]);
  });

  it('ignores the session being edited (same id)', () => {
    expect(checkSession({ ...slot(), id: 's1' }, cohort, [stored('s1', { startTime: '08:00' })])).toEqual([]);
  });

  it('lists every violation, conflicts by start time', () => {
    const candidate = slot({ date: '2026-07-01', startTime: '08:00', endTime: '18:00' });
    const others = [
      stored('late', { date: '2026-07-01', startTime: '14:00', endTime: '15:00' }),
      stored('early', { date: '2026-07-01', cohortId: 'c2', startTime: '09:00', endTime: '10:00' }),
    ];
    expect(checkSession(candidate, cohort, others).map((v) => v.code)).toEqual([
      'SESSION_OUTSIDE_COHORT',
      'TRAINER_DOUBLE_BOOKED',
      'SESSION_OVERLAP',
    ]);
  });

  it('throws a RangeError on malformed stored data', () => {
    expect(() => checkSession(slot(), { startDate: '2026-02-30', endDate: '2026-06-30' }, [])).toThrow(RangeError);
    expect(() => checkSession(slot(), cohort, [stored('s1', { endTime: '25:00' })])).toThrow(RangeError);
  });

  it('never reports a conflict with itself, whatever the timetable', () => {
    fc.assert(
      fc.property(timeSlot, (a) => {
        const self = { ...slot(a), id: 'self', date: '2026-03-12' };
        expect(checkSession(self, cohort, [self])).toEqual([]);
      }),
    );
  });

  it('reports an overlap with another session of the cohort exactly when overlaps() says so', () => {
    fc.assert(
      fc.property(timeSlot, timeSlot, (a, b) => {
        const candidate = slot({ date: a.date, startTime: a.startTime, endTime: a.endTime });
        const other = stored('other', { date: b.date, startTime: b.startTime, endTime: b.endTime, trainerId: 't2' });
        const codes = checkSession(candidate, cohort, [other]).map((v) => v.code);
        expect(codes.includes('SESSION_OVERLAP')).toBe(overlaps(candidate, other));
      }),
    );
  });
});

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}
