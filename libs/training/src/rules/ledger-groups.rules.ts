import { AttendanceStatus, LedgerSession } from './ledger.rules';

/** Minutes of a cohort's sessions per block, split by whether they have ended. */
export interface SessionTotal {
  blockId: string;
  ended: boolean;
  minutes: number;
}

/** One trainee's attendance records summed per block, status and ended flag (what SQL aggregates). */
export interface RecordGroup {
  blockId: string;
  status: AttendanceStatus;
  ended: boolean;
  /** Sum of the sessions' minutes. */
  minutes: number;
  /** Sum of the minutes attended (late arrivals; each clamped to its session). */
  attendedMinutes: number;
}

/**
 * Rebuilds the input of `computeLedger` from sums instead of one row per session: each record group
 * becomes one session of its summed minutes, and the sessions without a record are what the cohort's
 * totals leave over. The ledger is the same as with one row per session (property-tested), but the
 * database returns trainees × blocks × statuses rows instead of trainees × sessions.
 */
export function ledgerSessionsFromGroups(totals: SessionTotal[], groups: RecordGroup[]): LedgerSession[] {
  const recorded = new Map<string, number>();
  const key = (blockId: string, ended: boolean) => `${blockId}:${ended}`;
  const sessions: LedgerSession[] = groups.map((g) => {
    recorded.set(key(g.blockId, g.ended), (recorded.get(key(g.blockId, g.ended)) ?? 0) + g.minutes);
    return {
      blockId: g.blockId,
      minutes: g.minutes,
      ended: g.ended,
      status: g.status,
      attendedMinutes: g.status === 'late' ? g.attendedMinutes : null,
    };
  });
  for (const t of totals) {
    const rest = t.minutes - (recorded.get(key(t.blockId, t.ended)) ?? 0);
    if (rest > 0) sessions.push({ blockId: t.blockId, minutes: rest, ended: t.ended, status: null, attendedMinutes: null });
  }
  return sessions;
}
