import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisInstant } from '@app/platform/time/paris-time';
import { AbsenceTally } from '../rules/training-reminders.rules';

/** A session of a day for one person (trainee or trainer) who is expected there. */
export interface PersonSession {
  personId: string;
  accountId: string;
  email: string;
  name: string;
  trainer: boolean;
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  blockCode: string;
  blockTitle: string;
  place: string | null;
}

/** A line marked present or late without the trainee's signature, with its session. */
export interface UnsignedLine {
  sessionId: string;
  date: string;
  startTime: string;
  endTime: string;
  endsAt: Date;
  countersignedAt: Date | null;
  versionId: string;
  blockCode: string;
  traineeId: string;
  accountId: string;
  email: string;
  name: string;
  status: string;
  signedAt: Date | null;
}

/** A trainee's attendance tallies of the sessions ended before yesterday and before today. */
export interface AbsenceFacts {
  id: string;
  accountId: string;
  email: string;
  name: string;
  versionId: string;
  before: AbsenceTally;
  after: AbsenceTally;
}

/**
 * The sessions a trainee is not expected at: a block, or a module, their plan's exemptions cover in full
 * (fullyExempted's sense), for a session `s` and a trainee `t`.
 */
const FULLY_EXEMPTED = `(EXISTS (SELECT 1 FROM plan_exemptions pe JOIN referential_blocks b ON b.id = pe.block_id
      WHERE pe.trainee_id = t.id AND pe.block_id = s.block_id GROUP BY b.planned_minutes HAVING sum(pe.minutes) >= b.planned_minutes)
  OR EXISTS (SELECT 1 FROM plan_exemptions pe JOIN referential_modules m ON m.id = pe.module_id
      WHERE pe.trainee_id = t.id AND pe.module_id = s.module_id GROUP BY m.planned_minutes
      HAVING sum(pe.minutes) > 0 AND sum(pe.minutes) >= m.planned_minutes))`;

/** The training facts the reminders of a day need, one statement per kind whatever the number of trainees. */
@Injectable()
export class TrainingReminderFacts {
  constructor(private readonly db: Db) {}

  /**
   * The sessions of `day` per person expected there: the cohort's active trainees who had joined by then and are not
   * fully exempted from its block or module, and its trainer. `onlyPersonId` narrows to one person.
   */
  async sessionsOn(day: string, onlyPersonId: string | null = null): Promise<PersonSession[]> {
    const columns = `s.id, s.date::text AS date, s.start_time AS "startTime", s.end_time AS "endTime", b.code AS "blockCode",
      b.title AS "blockTitle", coalesce(s.room, s.video_url) AS place`;
    return this.db.tx.query(
      `SELECT t.id AS "personId", t.account_id AS "accountId", t.email, t.first_name || ' ' || t.last_name AS name, false AS trainer, ${columns}
         FROM course_sessions s JOIN referential_blocks b ON b.id = s.block_id
         JOIN trainees t ON t.cohort_id = s.cohort_id AND t.status = 'active' AND t.joined_on <= s.date
        WHERE s.date = $1::date AND ($2::uuid IS NULL OR t.id = $2::uuid) AND NOT ${FULLY_EXEMPTED}
       UNION ALL
       SELECT a.id, a.id, a.email, a.full_name, true, ${columns}
         FROM course_sessions s JOIN referential_blocks b ON b.id = s.block_id JOIN accounts a ON a.id = s.trainer_id AND a.status = 'active'
        WHERE s.date = $1::date AND ($2::uuid IS NULL OR a.id = $2::uuid)`,
      [day, onlyPersonId],
    );
  }

  /** Lines marked present or late and not signed, of active trainees, for sessions from `from` to `to`. */
  async unsignedLines(from: string, to: string, only: { sessionId: string; traineeId: string } | null = null): Promise<UnsignedLine[]> {
    return this.db.tx.query(
      `SELECT s.id AS "sessionId", s.date::text AS date, s.start_time AS "startTime", s.end_time AS "endTime", s.ends_at AS "endsAt",
              s.countersigned_at AS "countersignedAt", c.version_id AS "versionId", b.code AS "blockCode",
              t.id AS "traineeId", t.account_id AS "accountId", t.email, t.first_name || ' ' || t.last_name AS name, r.status::text AS status,
              r.signed_at AS "signedAt"
         FROM attendance_records r JOIN course_sessions s ON s.id = r.session_id JOIN cohorts c ON c.id = s.cohort_id
         JOIN referential_blocks b ON b.id = s.block_id JOIN trainees t ON t.id = r.trainee_id AND t.status = 'active'
        WHERE s.date BETWEEN $1::date AND $2::date AND r.status IN ('present', 'late') AND r.signed_at IS NULL
          AND ($3::uuid IS NULL OR (s.id = $3::uuid AND t.id = $4::uuid))`,
      [from, to, only?.sessionId ?? null, only?.traineeId ?? null],
    );
  }

  /**
   * For the active trainees who missed (in full or in part) a session of theirs ended yesterday (Europe/Paris), the minutes attended, excused and
   * missed over the sessions ended before yesterday and before today (the ledger's rules: present, late for the minutes
   * attended, excused; absent or no line is missed), from the day they joined, outside full exemptions.
   */
  async absences(today: string, onlyTraineeId: string | null = null): Promise<AbsenceFacts[]> {
    const [yesterdayStart, todayStart] = [parisInstant(addDays(today, -1), '00:00'), parisInstant(today, '00:00')];
    const rows: (Omit<AbsenceFacts, 'before' | 'after'> & Record<'ab' | 'eb' | 'mb' | 'aa' | 'ea' | 'ma', number>)[] =
      await this.db.tx.query(
        `WITH candidates AS (
         -- Only a session missed in full or in part yesterday can push the rate up.
         SELECT DISTINCT t.id FROM trainees t JOIN course_sessions s ON s.cohort_id = t.cohort_id AND s.date >= t.joined_on
           LEFT JOIN attendance_records r ON r.session_id = s.id AND r.trainee_id = t.id
          WHERE t.status = 'active' AND s.ends_at >= $1 AND s.ends_at < $2 AND ($3::uuid IS NULL OR t.id = $3::uuid)
            AND s.date = $4::date -- a session ends on its day: the school's day index finds them
            AND (r.id IS NULL OR r.status IN ('absent', 'late'))),
       lines AS (
         SELECT t.id AS trainee_id, s.ends_at < $1 AS before, r.status::text AS status, s.minutes,
                least(coalesce(r.attended_minutes, s.minutes), s.minutes) AS attended
           FROM candidates x JOIN trainees t ON t.id = x.id
           JOIN course_sessions s ON s.cohort_id = t.cohort_id AND s.date >= t.joined_on AND s.ends_at < $2
           LEFT JOIN attendance_records r ON r.session_id = s.id AND r.trainee_id = t.id
          WHERE NOT ${FULLY_EXEMPTED}),
       sums AS (
         SELECT trainee_id,
                sum(CASE status WHEN 'present' THEN minutes WHEN 'late' THEN attended ELSE 0 END) FILTER (WHERE before) AS ab,
                sum(CASE WHEN status = 'excused' THEN minutes ELSE 0 END) FILTER (WHERE before) AS eb,
                sum(CASE WHEN status = 'late' THEN minutes - attended WHEN status IN ('present', 'excused') THEN 0 ELSE minutes END)
                  FILTER (WHERE before) AS mb,
                sum(CASE status WHEN 'present' THEN minutes WHEN 'late' THEN attended ELSE 0 END) AS aa,
                sum(CASE WHEN status = 'excused' THEN minutes ELSE 0 END) AS ea,
                sum(CASE WHEN status = 'late' THEN minutes - attended WHEN status IN ('present', 'excused') THEN 0 ELSE minutes END) AS ma
           FROM lines GROUP BY trainee_id)
       SELECT t.id, t.account_id AS "accountId", t.email, t.first_name || ' ' || t.last_name AS name, c.version_id AS "versionId",
              coalesce(ab, 0)::int AS ab, coalesce(eb, 0)::int AS eb, coalesce(mb, 0)::int AS mb, aa::int, ea::int, ma::int
         FROM sums JOIN trainees t ON t.id = sums.trainee_id JOIN cohorts c ON c.id = t.cohort_id`,
        [yesterdayStart, todayStart, onlyTraineeId, addDays(today, -1)],
      );
    return rows.map(({ ab, eb, mb, aa, ea, ma, ...r }) => ({
      ...r,
      before: { attended: ab, excused: eb, missed: mb },
      after: { attended: aa, excused: ea, missed: ma },
    }));
  }
}
