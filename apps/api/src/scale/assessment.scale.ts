import { DEMO_EPREUVES } from '@app/assessment/demo/demo-epreuves';
import { AFGSU_BLOCK_CODE } from '@app/assessment/rules/assessment';
import { STAFF, staffId } from './platform.scale';
import { competencyBlocks, ScaleContext } from './scale-context';
import { LAST_NAMES } from './scale-names';
import { createWorkTable, dateLiteral, parisAt } from './scale-sql';

/** Convocations are sent this many days before the exam session: sessions up to then have their attempts. */
const CONVENED_DAYS_BEFORE = 30;
/** A retake sits at the first exam session of the school held this many days after the jury that refused the block. */
const RETAKE_AFTER_DAYS = 30;

/**
 * Épreuves, exam sessions and juries, then the attempts round by round (first attempt, then each retake), with marks and
 * block-level jury decisions. Every school sets the same seven épreuves (the demo's: DEMO_EPREUVES). Each cohort sits
 * its épreuves on its last training day (its exam session) and its jury meets two weeks later; trainees are convened
 * 30 days before. A block not validated is retaken at the school's first exam session a month after the jury, up to
 * the attempts allowed. Marks follow the trainee's ability (1 in 100 absent); the jury follows the rules' proposal
 * (weighted average against the pass mark), except BC04 without a valid AFGSU on the jury date (« non validé », with
 * its reason) and a few near misses it validates on the tutor's evaluations (with a comment).
 */
export async function seedAssessment(ctx: ScaleContext): Promise<void> {
  await seedEpreuvesAndSessions(ctx);
  for (let round = 1; round <= ctx.referential.settings.maxAttempts; round++) {
    if (!(await addAttempts(ctx, round))) break;
    await markAttempts(ctx, round);
    await decideAttempts(ctx, round);
  }
}

async function seedEpreuvesAndSessions(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options, referential } = ctx;
  const blocks = competencyBlocks(referential);
  const position = (code: string) => blocks.findIndex((b) => b.code === code);
  const epreuves = DEMO_EPREUVES.map(([code, kind, label, weight], i) => ({
    i,
    bp: position(code),
    blockId: blocks[position(code)].id,
    kind,
    label,
    weight,
  }));
  await createWorkTable(
    sql,
    'scale_epreuve',
    `SELECT * FROM unnest($1::int[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::numeric[]) AS e(i, bp, block_id, kind, label, weight)`,
    [
      epreuves.map((e) => e.i),
      epreuves.map((e) => e.bp),
      epreuves.map((e) => e.blockId),
      epreuves.map((e) => e.kind),
      epreuves.map((e) => e.label),
      epreuves.map((e) => e.weight),
    ],
  );
  await sql(
    `INSERT INTO assessments (id, school_id, version_id, block_id, kind, label, max_mark, pass_mark, weight, position, active, created_at)
     SELECT ${keys.id('assessment', 'sc.s * 16 + e.i')}, sc.id, $1, e.block_id, e.kind, e.label, 20, 10, e.weight, e.i + 1, true,
            ${parisAt(dateLiteral(ctx.plan.since), '11:00')}
       FROM scale_school sc, scale_epreuve e ORDER BY sc.s, e.i`,
    [referential.versionId],
  );
  const today = dateLiteral(options.today);
  const assessmentIds = epreuves.map((e) => keys.id('assessment', `c.s * 16 + ${e.i}`)).join(', ');
  await sql(
    `INSERT INTO exam_sessions (id, school_id, version_id, name, date, start_time, place, assessment_ids, created_at)
     SELECT ${keys.id('exam-session', 'c.c')}, c.school_id, $1, 'Épreuves de certification – ' || c.name, c.exam_date, '09:00',
            c.city || ' – salle d’examen', ARRAY[${assessmentIds}], ${parisAt('c.exam_date - 60', '10:00')}
       FROM scale_cohort c WHERE c.exam_date <= ${today} + ${CONVENED_DAYS_BEFORE} ORDER BY c.c`,
    [referential.versionId],
  );
  const name = (kind: string) => `($2::text[])[1 + ${keys.pick(kind, 'c.c', LAST_NAMES.length)}]`;
  await sql(
    `INSERT INTO jury_sessions (id, school_id, version_id, date, president, members, created_at)
     SELECT ${keys.id('jury-session', 'c.c')}, c.school_id, $1, c.end_date, 'Dr ' || ${name('jury-president')},
            ARRAY['Mme ' || ${name('jury-employer')} || ', représentante des employeurs', 'M. ' || ${name('jury-employee')} || ', assistant médical'],
            ${parisAt('c.exam_date - 30', '10:00')}
       FROM scale_cohort c WHERE c.exam_date <= ${today} + ${CONVENED_DAYS_BEFORE} ORDER BY c.c`,
    [referential.versionId, LAST_NAMES],
  );
  await sql(`CREATE INDEX ON scale_cohort (s, exam_date)`);
  await sql(
    `CREATE TEMP TABLE scale_attempt (key int8 PRIMARY KEY, round int, number int, n int, s int, school_id uuid, trainee_id uuid,
                                      ability float8, bp int, block_id uuid, ec int, exam_date date, jury_date date, avg numeric, outcome text)
     ON COMMIT DROP`,
  );
}

/**
 * The attempts of `round` (work table scale_attempt): the first attempt at every block for the trainees still in training
 * whose cohort's exam session is convened; then a retake of each block the previous round's jury did not validate, at
 * the school's first exam session a month after that jury. Returns whether there was any.
 */
async function addAttempts(ctx: ScaleContext, round: number): Promise<boolean> {
  const { sql, keys, options } = ctx;
  const today = dateLiteral(options.today);
  const blocks = competencyBlocks(ctx.referential);
  const convened = `${today} + ${CONVENED_DAYS_BEFORE}`;
  const select =
    round === 1
      ? `SELECT t.n, t.s, t.school_id, t.id, t.ability, b.bp, ($1::uuid[])[1 + b.bp], c.c, c.exam_date, c.end_date
           FROM scale_trainee t JOIN scale_cohort c ON c.c = t.c CROSS JOIN generate_series(0, $2 - 1) b(bp)
          WHERE t.withdraw_day IS NULL AND c.exam_date <= ${convened}`
      : `SELECT a.n, a.s, a.school_id, a.trainee_id, a.ability, a.bp, a.block_id, c.c, c.exam_date, c.end_date
           FROM scale_attempt a
          CROSS JOIN LATERAL (SELECT c.c, c.exam_date, c.end_date FROM scale_cohort c
                               WHERE c.s = a.s AND c.exam_date > a.jury_date + ${RETAKE_AFTER_DAYS} AND c.exam_date <= ${convened}
                               ORDER BY c.exam_date, c.c LIMIT 1) c
          WHERE a.round = ${round - 1} AND a.outcome = 'not_validated'`;
  await sql(
    `INSERT INTO scale_attempt (key, round, number, n, s, school_id, trainee_id, ability, bp, block_id, ec, exam_date, jury_date)
     SELECT (x.n::int8 * 4 + x.bp) * 4 + ${round}, ${round}, ${round}, x.* FROM (${select}) AS x(n, s, school_id, trainee_id, ability, bp, block_id, ec, exam_date, jury_date)`,
    round === 1 ? [blocks.map((b) => b.id), blocks.length] : [],
  );
  const [{ n }] = await sql(`SELECT count(*)::int AS n FROM scale_attempt WHERE round = ${round}`);
  if (n === 0) return false;
  await sql(
    `INSERT INTO attempts (id, school_id, trainee_id, block_id, number, exam_session_id, convened_at, created_at)
     SELECT ${keys.id('attempt', 'key')}, school_id, trainee_id, block_id, number, ${keys.id('exam-session', 'ec')},
            ${parisAt(`exam_date - ${CONVENED_DAYS_BEFORE}`, '10:00')}, ${parisAt(`exam_date - ${CONVENED_DAYS_BEFORE}`, '10:00')}
       FROM scale_attempt WHERE round = ${round} ORDER BY key`,
  );
  return true;
}

/**
 * The marks of the attempts of `round` whose session is past, entered by the head of training three days later: the
 * trainee's ability, a retake's progress (+1.5 a round) and the épreuve's noise, to the half point; 1 in 100 absent. Each
 * attempt's weighted average (an absence counts 0) goes to scale_attempt.avg.
 */
async function markAttempts(ctx: ScaleContext, round: number): Promise<void> {
  const { sql, keys, options } = ctx;
  const key = 'a.key * 8 + e.i';
  const noise = [1, 2, 3].map((k) => keys.unit(`mark-noise-${k}`, key)).join(' + ');
  await sql(
    `INSERT INTO marks (id, school_id, attempt_id, assessment_id, value, absent, entered_by, entered_at)
     SELECT ${keys.id('mark', key)}, a.school_id, ${keys.id('attempt', 'a.key')}, ${keys.id('assessment', 'a.s * 16 + e.i')},
            CASE WHEN NOT m.absent THEN greatest(0, least(20, round((a.ability + 1.5 * (a.number - 1) + 2.2 * 2 * (${noise} - 1.5)) * 2) / 2)) END,
            m.absent, ${staffId(ctx, 'a.s', STAFF.pedagogy)}, ${parisAt('a.exam_date + 3', '14:00')}
       FROM scale_attempt a JOIN scale_epreuve e ON e.bp = a.bp
      CROSS JOIN LATERAL (SELECT ${keys.pick('mark-absent', key, 100)} = 0 AS absent) m
      WHERE a.round = ${round} AND a.exam_date < ${dateLiteral(options.today)}
      ORDER BY a.key, e.i`,
  );
  await sql(
    `UPDATE scale_attempt a SET avg = r.avg
       FROM (SELECT a.key, sum(e.weight * coalesce(m.value, 0)) / sum(e.weight) AS avg
               FROM scale_attempt a JOIN scale_epreuve e ON e.bp = a.bp
               JOIN marks m ON m.attempt_id = ${keys.id('attempt', 'a.key')} AND m.assessment_id = ${keys.id('assessment', 'a.s * 16 + e.i')}
              WHERE a.round = ${round} GROUP BY a.key) r
      WHERE a.key = r.key`,
  );
}

/**
 * The jury decisions on the attempts of `round` whose jury has met, by the school administrator: the proposal (passed when
 * the average, rounded to 2 decimals, reaches the pass mark), except BC04 « non validé » without a valid AFGSU on the jury
 * date, and 15 in 100 near misses (9 or more) validated on the tutor's evaluations.
 */
async function decideAttempts(ctx: ScaleContext, round: number): Promise<void> {
  const { sql, keys, options, referential } = ctx;
  const afgsuBlock = competencyBlocks(referential).findIndex((b) => b.code === AFGSU_BLOCK_CODE);
  await sql(
    `UPDATE scale_attempt a
        SET outcome = CASE WHEN a.bp = ${afgsuBlock} AND NOT d.afgsu THEN 'not_validated'
                           WHEN d.passed OR d.lenient THEN 'validated' ELSE 'not_validated' END
       FROM (SELECT a.key, round(a.avg, 2) >= $1 AS passed,
                    round(a.avg, 2) >= $1 - 1 AND ${keys.pick('jury-leniency', 'a.key', 100)} < 15 AS lenient,
                    EXISTS (SELECT 1 FROM afgsu_attestations x WHERE x.trainee_id = a.trainee_id AND x.verified
                               AND x.issued_on <= a.jury_date AND a.jury_date <= x.expires_on) AS afgsu
               FROM scale_attempt a WHERE a.round = ${round} AND a.avg IS NOT NULL AND a.jury_date < ${dateLiteral(options.today)}) d
      WHERE a.key = d.key`,
    [referential.settings.passMark],
  );
  await sql(
    `INSERT INTO jury_decisions (id, school_id, jury_session_id, trainee_id, block_id, attempt_id, proposal, outcome, comment, decided_by, decided_at)
     SELECT ${keys.id('jury-decision', 'a.key')}, a.school_id, ${keys.id('jury-session', 'a.ec')}, a.trainee_id, a.block_id,
            ${keys.id('attempt', 'a.key')}, p.proposal, a.outcome,
            CASE WHEN a.outcome = p.proposal THEN NULL
                 WHEN a.outcome = 'validated' THEN 'Le jury tient compte des évaluations du tuteur et de la progression en stage.'
                 ELSE 'Bloc non validé : pas d’AFGSU valide à la date du jury.' END,
            ${staffId(ctx, 'a.s', STAFF.admin)}, ${parisAt('a.jury_date', '14:00')} + (a.n % 500) * interval '30 seconds' + a.bp * interval '5 seconds'
       FROM scale_attempt a
      CROSS JOIN LATERAL (SELECT CASE WHEN round(a.avg, 2) >= $1 THEN 'validated' ELSE 'not_validated' END AS proposal) p
      WHERE a.round = ${round} AND a.outcome IS NOT NULL
      ORDER BY a.key`,
    [referential.settings.passMark],
  );
}
