/**
 * The statements of the hours ledger (ProgressService), named so that the benchmark's bare server
 * (bench/bare-server.ts) runs exactly the same SQL.
 */

/**
 * Sessions summed per cohort, day, block, module and ended flag, with the first end among them (for those not ended
 * yet: when the ledger changes by itself). $1: cohorts.
 */
export const SESSION_TOTALS_SQL = `SELECT cohort_id AS "cohortId", to_char(date, 'YYYY-MM-DD') AS date, block_id AS "blockId", module_id AS "moduleId",
              ends_at <= now() AS ended, sum(minutes)::int AS minutes, min(ends_at) AS "firstEnd"
       FROM course_sessions WHERE cohort_id = ANY($1) GROUP BY 1, 2, 3, 4, 5`;

/** A cohort's active trainees, by name. $1: cohort. */
export const COHORT_TRAINEES_SQL = `SELECT id, cohort_id AS "cohortId", last_name AS "lastName", first_name AS "firstName", to_char(joined_on, 'YYYY-MM-DD') AS "joinedOn"
       FROM trainees WHERE cohort_id = $1 AND status = 'active' ORDER BY last_name, first_name`;

/**
 * Attendance summed per trainee, block, module, status and ended flag, from the day each trainee joined. $1: cohorts,
 * $2: some trainees, or null for all.
 */
export const ATTENDANCE_GROUPS_SQL = `SELECT r.trainee_id AS "traineeId", s.block_id AS "blockId", s.module_id AS "moduleId", r.status, s.ends_at <= now() AS ended,
              sum(s.minutes)::int AS minutes, sum(least(coalesce(r.attended_minutes, s.minutes), s.minutes))::int AS "attendedMinutes"
       FROM attendance_records r
       JOIN course_sessions s ON s.id = r.session_id
       JOIN trainees t ON t.id = r.trainee_id AND t.cohort_id = s.cohort_id
       -- t.cohort_id repeated: under row-level security the planner cannot estimate the tenant filter,
       -- and without it walks every trainee of the school (measured: 134 ms instead of 14 ms).
       WHERE s.cohort_id = ANY($1) AND t.cohort_id = ANY($1) AND ($2::uuid[] IS NULL OR r.trainee_id = ANY($2)) AND s.date >= t.joined_on
       GROUP BY 1, 2, 3, 4, 5`;

/** Exempted minutes summed per trainee, block and module. $1: trainees. */
export const EXEMPTIONS_SQL = `SELECT trainee_id AS "traineeId", block_id AS "blockId", module_id AS "moduleId", sum(minutes)::int AS minutes
           FROM plan_exemptions WHERE trainee_id = ANY($1) GROUP BY 1, 2, 3`;
