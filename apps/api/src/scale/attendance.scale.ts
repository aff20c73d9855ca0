import { STAFF, staffId } from './platform.scale';
import { ScaleContext } from './scale-context';
import { EXCUSES, USER_AGENTS } from './scale-names';
import { createWorkTable, dateLiteral, parisAt, parisAtTime } from './scale-sql';
import { TimetableFormat } from './timetable-template';

/** Sessions per cohort and trainees per cohort stay below these (they make the attendance records' indexes). */
export const MAX_SESSIONS_PER_COHORT = 256;
export const MAX_TRAINEES_PER_COHORT = 128;

/**
 * The timetable of every cohort: its format's template (timetable-template.ts) on the cohort's weekday, one training day a
 * week from the start date, the cohort's trainer, a room or a video link. Sessions already ended (before « today ») are
 * countersigned by the trainer. Work table scale_session.
 */
export async function seedTimetables(ctx: ScaleContext): Promise<void> {
  const { sql, keys, templates } = ctx;
  const slots = (Object.entries(templates) as [TimetableFormat, (typeof templates)[TimetableFormat]][]).flatMap(([format, list]) =>
    list.map((s) => ({ format, ...s })),
  );
  if (Math.max(...slots.map((s) => s.pos)) >= MAX_SESSIONS_PER_COHORT) throw new RangeError('Too many sessions per cohort');
  await createWorkTable(
    sql,
    'scale_session',
    `SELECT x.*, x.starts_at + x.minutes * interval '1 minute' AS ends_at,
            x.starts_at + x.minutes * interval '1 minute' < ${parisAt(dateLiteral(ctx.options.today), '00:00')} AS ended
       FROM (SELECT c.c * ${MAX_SESSIONS_PER_COHORT} + sl.pos AS sidx, c.c, c.s, sl.pos, sl.day, c.school_id, c.id AS cohort_id, c.trainer_id,
                    c.slug, c.lane, sl.block_id, sl.module_id, sl.start_time, sl.end_time, sl.minutes, sl.remote,
                    ${keys.id('session', `c.c * ${MAX_SESSIONS_PER_COHORT} + sl.pos`)} AS id, c.start_date + 7 * sl.day AS date,
                    ${parisAtTime('c.start_date + 7 * sl.day', 'sl.start_time')} AS starts_at
               FROM scale_cohort c
               JOIN unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::int[], $7::uuid[], $8::uuid[], $9::bool[])
                      AS sl(format, pos, day, start_time, end_time, minutes, module_id, block_id, remote) ON sl.format = c.format) x
      ORDER BY x.sidx`,
    [
      slots.map((s) => s.format),
      slots.map((s) => s.pos),
      slots.map((s) => s.day),
      slots.map((s) => s.startTime),
      slots.map((s) => s.endTime),
      slots.map((s) => s.minutes),
      slots.map((s) => s.moduleId),
      slots.map((s) => s.blockId),
      slots.map((s) => s.remote),
    ],
  );
  await sql(
    `INSERT INTO course_sessions (id, school_id, cohort_id, block_id, module_id, date, start_time, end_time, starts_at, ends_at, minutes,
                                  trainer_id, room, video_url, countersigned_at, countersigned_by, created_at)
     SELECT id, school_id, cohort_id, block_id, module_id, date, start_time, end_time, starts_at, ends_at, minutes, trainer_id,
            CASE WHEN NOT remote THEN 'Salle ' || (1 + lane % 6) END,
            CASE WHEN remote THEN 'https://visio.' || slug || '.scale.test/promotion-' || c END,
            CASE WHEN ended THEN ends_at + interval '10 minutes' END, CASE WHEN ended THEN trainer_id END,
            ${parisAt('date - 110', '10:00')}
       FROM scale_session ORDER BY sidx`,
  );
}

/**
 * Émargement of every ended session by the cohort's trainees who follow it (joined by then, not yet withdrawn, not
 * exempted from its module): mostly present and signed from their phone inside the signing window, some late
 * (marked by the trainer, minutes attended, then signed), absent (marked by the trainer) or excused (recorded by the
 * secretariat with the reason). Trainees often absent miss about four times as many sessions. The minutes each
 * trainee attended (as the hours ledger counts them) go to work table scale_hours on the way.
 */
export async function seedAttendance(ctx: ScaleContext): Promise<void> {
  const { sql, keys } = ctx;
  const key = `se.sidx * ${MAX_TRAINEES_PER_COHORT} + t.j`;
  await sql(`CREATE TEMP TABLE scale_hours (trainee_id uuid PRIMARY KEY, attended int) ON COMMIT DROP`);
  // In scale_session order (the hash join keeps its probe side's order): the indexes are filled almost in key order.
  await sql(
    `WITH inserted AS (
     INSERT INTO attendance_records (id, school_id, session_id, trainee_id, status, attended_minutes, signed_at, signature_ip,
                                     signature_user_agent, justification, recorded_by, recorded_at)
     SELECT ${keys.id('attendance', key)}, se.school_id, se.id, t.id, r.status::attendance_status,
            CASE WHEN r.status = 'late' THEN se.minutes - r.late END,
            CASE r.status WHEN 'present' THEN se.starts_at + (r.jitter - 10) * interval '1 minute'
                          WHEN 'late' THEN se.starts_at + (r.late + 2) * interval '1 minute' END AS signed_at,
            CASE WHEN r.status IN ('present', 'late') THEN '92.' || (10 + t.n % 200) || '.' || (se.day * 3 % 250) || '.' || (10 + t.j) END,
            CASE WHEN r.status IN ('present', 'late') THEN ($1::text[])[1 + t.n % $2] END,
            CASE WHEN r.status = 'excused' THEN ($3::text[])[1 + r.excuse] END,
            CASE r.status WHEN 'present' THEN NULL WHEN 'excused' THEN ${staffId(ctx, 'se.s', STAFF.secretariat)} ELSE se.trainer_id END,
            CASE r.status WHEN 'present' THEN se.starts_at + (r.jitter - 10) * interval '1 minute'
                          WHEN 'late' THEN se.starts_at + (r.late + 3) * interval '1 minute'
                          WHEN 'absent' THEN se.starts_at + interval '20 minutes'
                          ELSE se.starts_at - interval '1 day' END
       FROM scale_session se
       JOIN scale_trainee t ON t.c = se.c
       JOIN scale_variant v ON v.variant = t.variant
       CROSS JOIN LATERAL (SELECT ${keys.hash('attendance', key)} AS h) x
       CROSS JOIN LATERAL (
         SELECT CASE WHEN x.h % 1000 < CASE WHEN t.fragile THEN 780 ELSE 930 END THEN 'present'
                     WHEN x.h % 1000 < CASE WHEN t.fragile THEN 840 ELSE 960 END THEN 'late'
                     WHEN x.h % 1000 < CASE WHEN t.fragile THEN 940 ELSE 980 END THEN 'absent'
                     ELSE 'excused' END AS status,
                (x.h / 1000) % 41 AS jitter, 15 * (1 + (x.h / 41000) % 3) AS late, ((x.h / 123000) % $4)::int AS excuse) r
      WHERE se.ended AND se.day >= t.join_day AND (t.withdraw_day IS NULL OR se.day < t.withdraw_day) AND NOT se.module_id = ANY (v.skipped)
     RETURNING trainee_id, session_id, status, attended_minutes)
     INSERT INTO scale_hours (trainee_id, attended)
     SELECT i.trainee_id,
            sum(CASE i.status WHEN 'present' THEN s.minutes WHEN 'late' THEN least(coalesce(i.attended_minutes, s.minutes), s.minutes) ELSE 0 END)
       FROM inserted i JOIN scale_session s ON s.id = i.session_id GROUP BY i.trainee_id`,
    [USER_AGENTS, USER_AGENTS.length, EXCUSES, EXCUSES.length],
  );
}
