import fc from 'fast-check';
import { ledgerSessionsFromGroups, RecordGroup, SessionTotal } from './ledger-groups.rules';
import { AttendanceStatus, computeLedger, LedgerSession } from './ledger.rules';

const BLOCKS = ['bc01', 'bc02', 'bc03'];

/** What SQL does: sums per block/ended for the cohort, and per block/status/ended for the trainee's records. */
function aggregate(sessions: LedgerSession[]): { totals: SessionTotal[]; groups: RecordGroup[] } {
  const totals = new Map<string, SessionTotal>();
  const groups = new Map<string, RecordGroup>();
  for (const s of sessions) {
    const t = totals.get(`${s.blockId}:${s.ended}`) ?? { blockId: s.blockId, ended: s.ended, minutes: 0 };
    t.minutes += s.minutes;
    totals.set(`${s.blockId}:${s.ended}`, t);
    if (s.status === null) continue;
    const k = `${s.blockId}:${s.status}:${s.ended}`;
    const g = groups.get(k) ?? { blockId: s.blockId, status: s.status, ended: s.ended, minutes: 0, attendedMinutes: 0 };
    g.minutes += s.minutes;
    g.attendedMinutes += Math.min(s.minutes, s.attendedMinutes ?? s.minutes);
    groups.set(k, g);
  }
  return { totals: [...totals.values()], groups: [...groups.values()] };
}

const session = fc.record({
  blockId: fc.constantFrom(...BLOCKS),
  minutes: fc.integer({ min: 1, max: 480 }),
  ended: fc.boolean(),
  status: fc.constantFrom<AttendanceStatus | null>('present', 'late', 'absent', 'excused', null),
  attendedMinutes: fc.option(fc.integer({ min: 1, max: 480 }), { nil: null }),
});

describe('ledger from aggregated rows', () => {
  const blocks = BLOCKS.map((blockId) => ({ blockId, plannedMinutes: 3000, exemptedMinutes: 120 }));

  it('gives the same ledger as one row per session (property)', () => {
    fc.assert(
      fc.property(fc.array(session, { maxLength: 60 }), fc.integer({ min: 0, max: 100 }), (sessions, threshold) => {
        const { totals, groups } = aggregate(sessions);
        expect(computeLedger(blocks, ledgerSessionsFromGroups(totals, groups), threshold)).toEqual(
          computeLedger(blocks, sessions, threshold),
        );
      }),
    );
  });

  it('counts ended sessions without a record as missed', () => {
    const ledger = computeLedger(
      blocks,
      ledgerSessionsFromGroups(
        [{ blockId: 'bc01', ended: true, minutes: 300 }],
        [{ blockId: 'bc01', status: 'present', ended: true, minutes: 200, attendedMinutes: 200 }],
      ),
      10,
    );
    expect(ledger[0]).toMatchObject({ attendedMinutes: 200, missedMinutes: 100, scheduledMinutes: 300 });
  });
});
