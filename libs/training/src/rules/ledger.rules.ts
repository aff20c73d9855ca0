/** A trainee's attendance status for one session; null in a LedgerSession means no record. */
export type AttendanceStatus = 'present' | 'late' | 'absent' | 'excused';

/** A block of the trainee's individual plan: planned minutes from the referential, exempted from the plan. */
export interface LedgerBlock {
  blockId: string;
  plannedMinutes: number;
  exemptedMinutes: number;
}

/** One course session of the trainee's cohort; attendedMinutes: actual minutes of a late arrival, null = whole session. */
export interface LedgerSession {
  blockId: string;
  minutes: number;
  ended: boolean;
  status: AttendanceStatus | null;
  attendedMinutes: number | null;
}

export interface BlockLedger {
  blockId: string;
  requiredMinutes: number;
  scheduledMinutes: number;
  attendedMinutes: number;
  excusedMinutes: number;
  missedMinutes: number;
  remainingMinutes: number;
  absenceRate: number;
  overThreshold: boolean;
}

/** Sums over blocks; absenceRate is recomputed from the summed minutes. */
export type LedgerTotals = Omit<BlockLedger, 'blockId' | 'overThreshold'>;

interface Tally {
  scheduled: number;
  attended: number;
  excused: number;
  missed: number;
}

/**
 * The hours ledger of a trainee, one row per block in the order given (a repeated blockId keeps its first row).
 * Sessions that have ended or have a record (signed during the session, excused in advance): present → attended;
 * late → attended for the minutes attended (clamped to the session), the rest missed (null: whole session; present
 * ignores attendedMinutes); excused → excused; absent, or ended with no record → missed. Other sessions count only as scheduled;
 * sessions of other blocks are ignored. absenceRate = missed / (attended + excused + missed), 4 decimals, 0 when
 * nothing ended; overThreshold when absenceRate × 100 > absenceThresholdPercent.
 */
export function computeLedger(blocks: LedgerBlock[], sessions: LedgerSession[], absenceThresholdPercent: number): BlockLedger[] {
  if (!Number.isFinite(absenceThresholdPercent)) {
    throw new RangeError(`Seuil d'absences invalide : ${absenceThresholdPercent} (un pourcentage est attendu).`);
  }
  const tallies = new Map<string, Tally>();
  const unique: LedgerBlock[] = [];
  for (const block of blocks) {
    if (tallies.has(block.blockId)) continue;
    tallies.set(block.blockId, emptyTally());
    unique.push(block);
  }
  for (const session of sessions) {
    const tally = tallies.get(session.blockId);
    if (tally) addSession(tally, session);
  }
  return unique.map((block) => blockLedger(block, tallies.get(block.blockId)!, absenceThresholdPercent));
}

/** Each field of the ledger summed over its blocks, absenceRate recomputed from the sums. */
export function totals(ledger: BlockLedger[]): LedgerTotals {
  const sum = (field: keyof Omit<LedgerTotals, 'absenceRate'>) => ledger.reduce((total, row) => total + row[field], 0);
  const [attended, excused, missed] = [sum('attendedMinutes'), sum('excusedMinutes'), sum('missedMinutes')];
  return {
    requiredMinutes: sum('requiredMinutes'),
    scheduledMinutes: sum('scheduledMinutes'),
    attendedMinutes: attended,
    excusedMinutes: excused,
    missedMinutes: missed,
    remainingMinutes: sum('remainingMinutes'),
    absenceRate: absenceRate(attended, excused, missed),
  };
}

function emptyTally(): Tally {
  return { scheduled: 0, attended: 0, excused: 0, missed: 0 };
}

function addSession(tally: Tally, session: LedgerSession): void {
  tally.scheduled += session.minutes;
  if (!session.ended && session.status === null) return;
  switch (session.status) {
    case 'present':
      tally.attended += session.minutes;
      return;
    case 'late': {
      const actual = session.attendedMinutes;
      const attended = actual !== null && Number.isFinite(actual) ? Math.min(session.minutes, Math.max(0, actual)) : session.minutes;
      tally.attended += attended;
      tally.missed += session.minutes - attended;
      return;
    }
    case 'excused':
      tally.excused += session.minutes;
      return;
    default:
      tally.missed += session.minutes;
  }
}

function blockLedger(block: LedgerBlock, tally: Tally, threshold: number): BlockLedger {
  const required = Math.max(0, block.plannedMinutes - block.exemptedMinutes);
  const rate = absenceRate(tally.attended, tally.excused, tally.missed);
  return {
    blockId: block.blockId,
    requiredMinutes: required,
    scheduledMinutes: tally.scheduled,
    attendedMinutes: tally.attended,
    excusedMinutes: tally.excused,
    missedMinutes: tally.missed,
    remainingMinutes: Math.max(0, required - tally.attended),
    absenceRate: rate,
    overThreshold: overThreshold(rate, threshold),
  };
}

/** Whether an absence rate (0–1) is above `threshold` percent. */
export function overThreshold(rate: number, threshold: number): boolean {
  // Percent with 2 decimals from whole basis points, so 0.1 compares as exactly 10 (0.1 × 100 is 10.000000000000002).
  return Math.round(rate * 10_000) / 100 > threshold;
}

/** missed / (attended + excused + missed) rounded to 4 decimals; 0 when nothing ended. */
export function absenceRate(attended: number, excused: number, missed: number): number {
  const total = attended + excused + missed;
  return total === 0 ? 0 : Math.round((missed * 10_000) / total) / 10_000;
}
