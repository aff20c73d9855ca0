import { AFGSU_GROUP_SIZE } from '@app/afgsu/rules/afgsu-session.rules';
import { STAFF, staffId } from './platform.scale';
import { ScaleContext } from './scale-context';
import { CITIES } from './scale-names';
import { createWorkTable, dateLiteral, parisAt } from './scale-sql';

/** The CESU's two days of the full AFGSU 1 course: 2 × 7 h. */
const COURSE_DAY = { startTime: '09:00', endTime: '16:00' };
/** Training week of a cohort in which its first AFGSU group goes to the CESU (the next groups the weeks after). */
const AFGSU_WEEK = 6;

/**
 * AFGSU 1 (work table scale_afgsu_session): each cohort's trainees without a prior attestation go to the CESU in groups of
 * at most 12, two consecutive days away from their training day, from the 6th week on. Those present get the CESU's
 * attestation on the second day (valid 4 years, verified at once); 1 in 50 missed it. Trainees who declared a prior
 * attestation at admission (nurses, care assistants) have it recorded with its scan, verified by the secretariat. The
 * oldest cohorts' attestations are expired or about to expire on « today ».
 */
export async function seedAfgsu(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options, referential } = ctx;
  const today = dateLiteral(options.today);
  const validity = `interval '${referential.settings.afgsuValidityYears} years'`;
  await createWorkTable(
    sql,
    'scale_afgsu_session',
    `SELECT c.c, g.g, c.s, c.school_id, ${keys.id('afgsu-session', 'c.c * 8 + g.g')} AS id, sc.cesu, c.city, d.first_day, c.start_date
       FROM scale_cohort c JOIN scale_school sc ON sc.s = c.s
      CROSS JOIN LATERAL generate_series(0, ceil(c.size / ${AFGSU_GROUP_SIZE.max}.0)::int - 1) g(g)
      CROSS JOIN LATERAL (SELECT c.start_date + 7 * (${AFGSU_WEEK} + g.g) AS training_day) w
      CROSS JOIN LATERAL (SELECT CASE WHEN c.lane % 5 <= 1 THEN w.training_day + 3 - c.lane % 5 ELSE w.training_day - c.lane % 5 END AS first_day) d`,
  );
  const day = (offset: number) =>
    `jsonb_build_object('date', to_char(first_day + ${offset}, 'YYYY-MM-DD'), 'startTime', '${COURSE_DAY.startTime}', 'endTime', '${COURSE_DAY.endTime}')`;
  await sql(
    `INSERT INTO afgsu_sessions (id, school_id, kind, cesu_name, trainer_name, place, capacity, days, starts_on, ends_on, created_at)
     SELECT id, school_id, 'initial', cesu, 'Dr ' || ($1::text[])[1 + ${keys.pick('cesu-trainer', 'c * 8 + g', '$2')}], 'CESU, ' || city, ${AFGSU_GROUP_SIZE.max},
            jsonb_build_array(${day(0)}, ${day(1)}), first_day, first_day + 1, ${parisAt('start_date - 30', '10:00')}
       FROM scale_afgsu_session ORDER BY c, g`,
    [['Roussel', 'Marchand', 'Lemoine', 'Carpentier', 'Aubert', 'Renaud'], 6],
  );
  const participants = `FROM scale_trainee t JOIN scale_afgsu_session a ON a.c = t.c AND a.g = t.afgsu_group
      WHERE t.prior_level IS NULL AND (t.withdraw_day IS NULL OR t.withdraw_day > ${AFGSU_WEEK} + a.g)`;
  await sql(
    `INSERT INTO afgsu_participants (id, school_id, session_id, trainee_id, attendance, created_at)
     SELECT ${keys.id('afgsu-participant', 't.n')}, t.school_id, a.id, t.id,
            CASE WHEN a.first_day + 1 >= ${today} THEN 'enrolled' WHEN t.afgsu_absent THEN 'absent' ELSE 'present' END,
            ${parisAt('a.start_date - 30', '10:00')}
     ${participants} ORDER BY t.n`,
  );
  const verifiedBy = staffId(ctx, 't.s', STAFF.secretariat);
  const initialAt = parisAt('a.first_day + 2', '10:00');
  await sql(
    `INSERT INTO afgsu_attestations (id, school_id, trainee_id, level, kind, issuing_centre, issued_on, expires_on, session_id, verified,
                                     verified_by, verified_at, created_by, created_at)
     SELECT ${keys.id('afgsu-attestation', 't.n')}, t.school_id, t.id, 1, 'initial', a.cesu, a.first_day + 1,
            (a.first_day + 1 + ${validity})::date, a.id, true, ${verifiedBy}, ${initialAt}, ${verifiedBy}, ${initialAt}
     ${participants} AND a.first_day + 1 < ${today} AND NOT t.afgsu_absent ORDER BY t.n`,
  );
  const priorAt = parisAt('t.enrolled_on', '16:00');
  const scan = keys.id('afgsu-scan', 't.n');
  await sql(
    `INSERT INTO afgsu_attestations (id, school_id, trainee_id, level, kind, issuing_centre, issued_on, expires_on, verified, verified_by,
                                     verified_at, document_key, document_type, document_size, document_sha256, document_name, created_by,
                                     created_at)
     SELECT ${keys.id('afgsu-attestation', 't.n')}, t.school_id, t.id, t.prior_level, 'prior',
            ($1::text[])[1 + ${keys.pick('prior-cesu', 't.n', '$2')}], t.start_date - t.prior_days,
            (t.start_date - t.prior_days + ${validity})::date, true, ${verifiedBy}, ${priorAt},
            'afgsu/' || t.school_id || '/' || ${scan}, 'application/pdf', 80000 + ${keys.pick('scan-size', 't.n', 400000)},
            encode(sha256(convert_to($3 || ':afgsu-scan:' || t.n, 'UTF8')), 'hex'), 'Attestation AFGSU.pdf', ${verifiedBy}, ${priorAt}
       FROM scale_trainee t WHERE t.prior_level IS NOT NULL ORDER BY t.n`,
    [CITIES.map((c) => c.cesu), CITIES.length, String(options.seed)],
  );
}
