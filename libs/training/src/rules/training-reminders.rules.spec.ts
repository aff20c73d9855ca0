import fc from 'fast-check';
import { parisInstant } from '@app/platform/time/paris-time';
import { absenceCrossingDue, attendanceUnsignedDue, sessionsTomorrow, sheetClosedOn } from './training-reminders.rules';

const window = { opensMinutesBefore: 15, closesMinutesAfter: 30 };

describe('sessionsTomorrow', () => {
  it('gives each person one reminder for their sessions of tomorrow, in time order, keyed by person and day', () => {
    const sessions = [
      { personId: 'p1', date: '2028-03-01', startTime: '13:30', id: 's2' },
      { personId: 'p1', date: '2028-03-01', startTime: '09:00', id: 's1' },
      { personId: 'p2', date: '2028-03-01', startTime: '09:00', id: 's1' },
      { personId: 'p1', date: '2028-03-02', startTime: '09:00', id: 's3' },
    ];
    expect(sessionsTomorrow(sessions, '2028-02-29')).toEqual([
      { key: 'course-sessions-tomorrow:p1:2028-03-01', personId: 'p1', sessions: [sessions[1], sessions[0]] },
      { key: 'course-sessions-tomorrow:p2:2028-03-01', personId: 'p2', sessions: [sessions[2]] },
    ]);
    expect(sessionsTomorrow(sessions, '2028-03-01').map((r) => r.key)).toEqual(['course-sessions-tomorrow:p1:2028-03-02']);
    expect(() => sessionsTomorrow(sessions, '2027-02-29')).toThrow(RangeError);
  });
});

describe('sheetClosedOn and attendanceUnsignedDue', () => {
  const session = (date: string, end: string, countersignedAt: Date | null = null) => ({
    id: 's1',
    endsAt: parisInstant(date, end),
    countersignedAt,
  });
  const line = { traineeId: 't1', status: 'present', signedAt: null };

  it('closes on the day the window ends, seen from the next morning', () => {
    expect(sheetClosedOn(session('2028-02-29', '12:30'), window, '2028-02-29')).toBeNull();
    expect(sheetClosedOn(session('2028-02-29', '12:30'), window, '2028-03-01')).toBe('2028-02-29');
    // 23:45 + 30 minutes: the window ends the next day.
    expect(sheetClosedOn(session('2028-02-29', '23:45'), window, '2028-03-01')).toBeNull();
  });

  it('closes on the countersignature when it comes first', () => {
    expect(sheetClosedOn(session('2028-02-29', '12:30', parisInstant('2028-02-29', '12:35')), window, '2028-02-29')).toBe('2028-02-29');
    expect(sheetClosedOn(session('2028-02-29', '12:30', parisInstant('2028-03-03', '10:00')), window, '2028-03-03')).toBe('2028-02-29');
  });

  it('works on Paris days across the daylight-saving changes', () => {
    // 29 March 2026 (clocks go forward) and 25 October 2026 (back): a session ending 23:00 closes at 23:30 that day.
    expect(sheetClosedOn(session('2026-03-29', '23:00'), window, '2026-03-30')).toBe('2026-03-29');
    expect(sheetClosedOn(session('2026-10-25', '23:00'), window, '2026-10-26')).toBe('2026-10-25');
    expect(sheetClosedOn(session('2026-10-25', '23:40'), window, '2026-10-26')).toBeNull();
  });

  it('reminds a trainee marked present whose signature is missing, the morning after or on the countersignature day', () => {
    expect(attendanceUnsignedDue(session('2028-02-29', '12:30'), line, window, '2028-03-01')).toEqual({ key: 'attendance-unsigned:s1:t1' });
    expect(attendanceUnsignedDue(session('2028-02-29', '12:30'), line, window, '2028-02-29')).toBeNull();
    const countersigned = session('2028-02-29', '12:30', parisInstant('2028-02-29', '12:40'));
    expect(attendanceUnsignedDue(countersigned, line, window, '2028-02-29')).toEqual({ key: 'attendance-unsigned:s1:t1' });
    expect(attendanceUnsignedDue(session('2028-02-29', '12:30'), { ...line, status: 'late' }, window, '2028-03-01')).not.toBeNull();
    // Older sheets are the staff's corrections.
    expect(attendanceUnsignedDue(session('2028-02-29', '12:30'), line, window, '2028-03-03')).toBeNull();
  });

  it('never reminds a signed line, nor an absence', () => {
    const s = session('2028-02-29', '12:30');
    fc.assert(
      fc.property(fc.constantFrom('present', 'late', 'absent', 'excused'), fc.boolean(), (status, signed) => {
        const due = attendanceUnsignedDue(s, { traineeId: 't', status, signedAt: signed ? new Date() : null }, window, '2028-03-01');
        return (due !== null) === (!signed && (status === 'present' || status === 'late'));
      }),
    );
  });
});

describe('absenceCrossingDue', () => {
  const t = (before: [number, number, number], after: [number, number, number]) => ({
    id: 't1',
    before: { attended: before[0], excused: before[1], missed: before[2] },
    after: { attended: after[0], excused: after[1], missed: after[2] },
  });

  it('is due the morning after the rate crosses the threshold, once per crossing', () => {
    // 10 % then 20 % of 15 % → crossed yesterday.
    expect(absenceCrossingDue(t([900, 0, 100], [1200, 0, 300]), 15, '2028-03-01')).toEqual({
      key: 'absence-rate:t1:2028-02-29',
      rate: 0.2,
    });
    // Already over before: no new reminder.
    expect(absenceCrossingDue(t([800, 0, 200], [1000, 0, 300]), 15, '2028-03-01')).toBeNull();
    // Not over.
    expect(absenceCrossingDue(t([900, 0, 100], [1000, 100, 100]), 15, '2028-03-01')).toBeNull();
    // Exactly at the threshold is not over (the ledger's sense).
    expect(absenceCrossingDue(t([900, 0, 0], [900, 0, 100]), 10, '2028-03-01')).toBeNull();
  });

  it('agrees with the threshold: due only when over after and not before', () => {
    const tally = fc.tuple(fc.nat(2000), fc.nat(2000), fc.nat(2000));
    fc.assert(
      fc.property(tally, tally, fc.integer({ min: 0, max: 100 }), (before, extra, threshold) => {
        const after: [number, number, number] = [before[0] + extra[0], before[1] + extra[1], before[2] + extra[2]];
        const due = absenceCrossingDue(t(before, after), threshold, '2028-03-01');
        const rate = (x: number[]) => (x[0] + x[1] + x[2] === 0 ? 0 : x[2] / (x[0] + x[1] + x[2]));
        return due === null || (rate(after) * 100 > threshold - 0.01 && rate(before) * 100 <= threshold + 0.01);
      }),
    );
    expect(() => absenceCrossingDue(t([0, 0, 0], [0, 0, 0]), Number.NaN, '2028-03-01')).toThrow(RangeError);
  });
});
