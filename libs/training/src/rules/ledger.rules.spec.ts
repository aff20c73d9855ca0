import fc from 'fast-check';
import { AttendanceStatus, BlockLedger, computeLedger, LedgerBlock, LedgerSession, totals } from './ledger.rules';

const bc03: LedgerBlock = { blockId: 'bc03', plannedMinutes: 2100, exemptedMinutes: 0 };
const bc04: LedgerBlock = { blockId: 'bc04', plannedMinutes: 3360, exemptedMinutes: 840 };
const s = (status: AttendanceStatus | null, over: Partial<LedgerSession> = {}): LedgerSession => ({
  blockId: 'bc03',
  minutes: 210,
  ended: true,
  status,
  attendedMinutes: null,
  ...over,
});
const only = (sessions: LedgerSession[], threshold = 10, block = bc03): BlockLedger => computeLedger([block], sessions, threshold)[0];

describe('computeLedger', () => {
  it('gives required minutes and nothing else for a block with no session', () => {
    expect(computeLedger([bc03, bc04], [], 10)).toEqual([
      {
        blockId: 'bc03',
        requiredMinutes: 2100,
        scheduledMinutes: 0,
        attendedMinutes: 0,
        excusedMinutes: 0,
        missedMinutes: 0,
        remainingMinutes: 2100,
        absenceRate: 0,
        overThreshold: false,
      },
      expect.objectContaining({ blockId: 'bc04', requiredMinutes: 2520, remainingMinutes: 2520 }),
    ]);
  });

  it('never requires less than 0 minutes when exemptions exceed the plan', () => {
    expect(only([], 10, { blockId: 'bc03', plannedMinutes: 600, exemptedMinutes: 900 })).toMatchObject({
      requiredMinutes: 0,
      remainingMinutes: 0,
    });
  });

  it('counts each status of an ended session', () => {
    const ledger = only([s('present'), s('excused', { minutes: 180 }), s('absent', { minutes: 240 }), s(null, { minutes: 120 })]);
    expect(ledger).toMatchObject({
      scheduledMinutes: 750,
      attendedMinutes: 210,
      excusedMinutes: 180,
      missedMinutes: 360,
      remainingMinutes: 1890,
      absenceRate: 0.48,
      overThreshold: true,
    });
  });

  it('counts a late arrival for the minutes attended and the rest as missed', () => {
    expect(only([s('late', { attendedMinutes: 150 })])).toMatchObject({ attendedMinutes: 150, missedMinutes: 60 });
    expect(only([s('late')])).toMatchObject({ attendedMinutes: 210, missedMinutes: 0 });
  });

  it('clamps the minutes of a late arrival to the session', () => {
    expect(only([s('late', { attendedMinutes: 500 })])).toMatchObject({ attendedMinutes: 210, missedMinutes: 0 });
    expect(only([s('late', { attendedMinutes: -20 })])).toMatchObject({ attendedMinutes: 0, missedMinutes: 210 });
    expect(only([s('late', { attendedMinutes: NaN })])).toMatchObject({ attendedMinutes: 210, missedMinutes: 0 });
  });

  it('ignores attendedMinutes on other statuses', () => {
    expect(only([s('present', { attendedMinutes: 10 }), s('absent', { attendedMinutes: 10 })])).toMatchObject({
      attendedMinutes: 210,
      missedMinutes: 210,
    });
  });

  it('counts a session not ended only as scheduled until it has a record', () => {
    expect(only([s(null, { ended: false })])).toMatchObject({
      scheduledMinutes: 210,
      attendedMinutes: 0,
      missedMinutes: 0,
      absenceRate: 0,
      overThreshold: false,
    });
    // Signed during the session, or excused in advance: it counts at once.
    const recorded = [s('present', { ended: false }), s('excused', { ended: false }), s(null, { ended: false })];
    expect(only(recorded)).toMatchObject({ scheduledMinutes: 630, attendedMinutes: 210, excusedMinutes: 210, missedMinutes: 0 });
  });

  it('ignores sessions of blocks not listed and keeps the first row of a repeated block', () => {
    const ledger = computeLedger([bc03, { ...bc03, plannedMinutes: 1 }], [s('present'), s('absent', { blockId: 'bc09' })], 10);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ requiredMinutes: 2100, scheduledMinutes: 210, missedMinutes: 0 });
  });

  it('rounds the absence rate to 4 decimals', () => {
    expect(only([s('absent', { minutes: 1 }), s('present', { minutes: 2 })]).absenceRate).toBe(0.3333);
    expect(only([s('absent', { minutes: 2 }), s('present', { minutes: 1 })]).absenceRate).toBe(0.6667);
  });

  it('flags a rate strictly above the threshold: exactly 10 % is not over 10', () => {
    const tenPercent = [s('absent', { minutes: 21 }), s('present', { minutes: 189 })];
    expect(only(tenPercent, 10)).toMatchObject({ absenceRate: 0.1, overThreshold: false });
    expect(only(tenPercent, 9.99).overThreshold).toBe(true);
    expect(only([s('absent', { minutes: 1 }), s('present', { minutes: 9 })], 10).overThreshold).toBe(false);
    expect(only([s('absent', { minutes: 3 }), s('present', { minutes: 7 })], 30).overThreshold).toBe(false);
    expect(only([s('absent')], 100).overThreshold).toBe(false);
    expect(only([s('absent', { minutes: 1 }), s('present', { minutes: 9_999 })], 0).overThreshold).toBe(true);
    // The rate is compared once rounded, as shown: 1 minute in 100,000 is 0 %.
    expect(only([s('absent', { minutes: 1 }), s('present', { minutes: 99_999 })], 0)).toMatchObject({
      absenceRate: 0,
      overThreshold: false,
    });
  });

  it('counts excused absences in the denominator but not as missed', () => {
    expect(only([s('excused', { minutes: 900 }), s('absent', { minutes: 100 })])).toMatchObject({ absenceRate: 0.1, overThreshold: false });
  });

  it('throws a RangeError on a threshold that is not a number', () => {
    expect(() => computeLedger([bc03], [], NaN)).toThrow("Seuil d'absences invalide : NaN");
  });
});

describe('totals', () => {
  it('sums each field and recomputes the absence rate from the sums', () => {
    const ledger = computeLedger(
      [bc03, bc04],
      [
        s('absent', { minutes: 100 }),
        s('present', { blockId: 'bc04', minutes: 300 }),
        s(null, { blockId: 'bc04', minutes: 60, ended: false }),
      ],
      10,
    );
    expect(totals(ledger)).toEqual({
      requiredMinutes: 4620,
      scheduledMinutes: 460,
      attendedMinutes: 300,
      excusedMinutes: 0,
      missedMinutes: 100,
      remainingMinutes: 4320,
      absenceRate: 0.25,
    });
  });

  it('gives zeros for an empty ledger', () => {
    expect(totals([])).toEqual({
      requiredMinutes: 0,
      scheduledMinutes: 0,
      attendedMinutes: 0,
      excusedMinutes: 0,
      missedMinutes: 0,
      remainingMinutes: 0,
      absenceRate: 0,
    });
  });
});

describe('ledger properties', () => {
  const blockIds = ['bc01', 'bc02', 'bc03'];
  const block = (blockId: string) =>
    fc.record({
      blockId: fc.constant(blockId),
      plannedMinutes: fc.integer({ min: 0, max: 6000 }),
      exemptedMinutes: fc.integer({ min: 0, max: 6000 }),
    });
  const blocks = fc.tuple(...blockIds.map(block));
  const session: fc.Arbitrary<LedgerSession> = fc.record({
    blockId: fc.constantFrom(...blockIds, 'other'),
    minutes: fc.integer({ min: 0, max: 480 }),
    ended: fc.boolean(),
    status: fc.constantFrom<AttendanceStatus | null>('present', 'late', 'absent', 'excused', null),
    attendedMinutes: fc.option(fc.integer({ min: -60, max: 600 }), { nil: null }),
  });
  const sessions = fc.array(session, { maxLength: 40 });
  const threshold = fc.integer({ min: 0, max: 100 });
  const sumOf = (list: LedgerSession[], blockId: string, keep: (x: LedgerSession) => boolean) =>
    list.filter((x) => x.blockId === blockId && keep(x)).reduce((total, x) => total + x.minutes, 0);

  it('splits the ended minutes of a block exactly into attended, excused and missed', () => {
    fc.assert(
      fc.property(blocks, sessions, threshold, (bs, ss, t) => {
        for (const row of computeLedger(bs, ss, t)) {
          expect(row.attendedMinutes + row.excusedMinutes + row.missedMinutes).toBe(
            sumOf(ss, row.blockId, (x) => x.ended || x.status !== null),
          );
          expect(row.scheduledMinutes).toBe(sumOf(ss, row.blockId, () => true));
        }
      }),
    );
  });

  it('keeps 0 ≤ remaining ≤ required, and 0 ≤ absence rate ≤ 1 consistent with the threshold', () => {
    fc.assert(
      fc.property(blocks, sessions, threshold, (bs, ss, t) => {
        for (const row of computeLedger(bs, ss, t)) {
          expect(row.remainingMinutes).toBeGreaterThanOrEqual(0);
          expect(row.remainingMinutes).toBeLessThanOrEqual(row.requiredMinutes);
          expect(row.requiredMinutes).toBeGreaterThanOrEqual(0);
          expect(row.absenceRate).toBeGreaterThanOrEqual(0);
          expect(row.absenceRate).toBeLessThanOrEqual(1);
          expect(row.overThreshold).toBe(Math.round(row.absenceRate * 10_000) > t * 100);
        }
      }),
    );
  });

  it('never increases what remains when an attended session is added', () => {
    fc.assert(
      fc.property(
        blocks,
        sessions,
        fc.constantFrom(...blockIds),
        fc.integer({ min: 0, max: 480 }),
        fc.boolean(),
        (bs, ss, blockId, minutes, late) => {
          const added: LedgerSession = { blockId, minutes, ended: true, status: late ? 'late' : 'present', attendedMinutes: null };
          const before = computeLedger(bs, ss, 10);
          const after = computeLedger(bs, [...ss, added], 10);
          after.forEach((row, i) => {
            expect(row.remainingMinutes).toBeLessThanOrEqual(before[i].remainingMinutes);
            expect(row.attendedMinutes).toBe(before[i].attendedMinutes + (row.blockId === blockId ? minutes : 0));
          });
        },
      ),
    );
  });

  it('does not depend on the order of the sessions', () => {
    fc.assert(
      fc.property(blocks, sessions, threshold, fc.integer(), (bs, ss, t, seed) => {
        const shuffled = [...ss].sort((a, b) => ((ss.indexOf(a) * 7919 + seed) % 101) - ((ss.indexOf(b) * 7919 + seed) % 101));
        expect(computeLedger(bs, shuffled, t)).toEqual(computeLedger(bs, ss, t));
      }),
    );
  });

  it('totals add up the blocks', () => {
    fc.assert(
      fc.property(blocks, sessions, threshold, (bs, ss, t) => {
        const ledger = computeLedger(bs, ss, t);
        const total = totals(ledger);
        expect(total.attendedMinutes + total.excusedMinutes + total.missedMinutes).toBe(
          ss.filter((x) => (x.ended || x.status !== null) && x.blockId !== 'other').reduce((sum, x) => sum + x.minutes, 0),
        );
        expect(total.remainingMinutes).toBe(ledger.reduce((sum, row) => sum + row.remainingMinutes, 0));
      }),
    );
  });
});
