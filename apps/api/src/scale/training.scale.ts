import { AFGSU_GROUP_SIZE } from '@app/afgsu/rules/afgsu-session.rules';
import { archetypeLookup, ARCHETYPES } from './candidate-profiles';
import { STAFF, staffId } from './platform.scale';
import { ScaleContext } from './scale-context';
import { emailPart, FIRST_NAMES, LAST_NAMES } from './scale-names';
import { createWorkTable, dateLiteral, parisAt } from './scale-sql';

/**
 * The cohorts of the plan (work table scale_cohort) and their trainees (scale_trainee), each with the account they log in
 * with and the exemptions of their individual plan, enrolled 20 days before the start (or yesterday, for the cohorts
 * about to start). A trainee's traits are drawn from their index: their candidate variant (archetype, prior AFGSU), a
 * late entry (joined on the 2nd to 4th training day, 4 %), a withdrawal (3 %, on a training day already past),
 * attendance habits (12 % often absent), ability at the épreuves, their AFGSU group (at most 12) and the session missed
 * (2 %), an enrolment file left incomplete (1 %).
 */
export async function seedCohortsAndTrainees(ctx: ScaleContext): Promise<void> {
  const { sql, keys, plan, options } = ctx;
  const c = plan.cohorts;
  await createWorkTable(
    sql,
    'scale_cohort',
    `SELECT x.*, ${keys.id('cohort', 'x.c')} AS id, sc.id AS school_id, sc.slug, sc.city,
            ${staffId(ctx, 'x.s', `${STAFF.firstTrainer} + x.trainer`)} AS trainer_id
       FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::int[], $8::int[], $9::date[], $10::date[],
                   $11::date[], $12::text[])
              AS x(c, s, rank, lane, trainer, format, size, first_n, start_date, exam_date, end_date, name)
       JOIN scale_school sc ON sc.s = x.s`,
    [
      c.map((x) => x.index),
      c.map((x) => x.school),
      c.map((x) => x.rank),
      c.map((x) => x.lane),
      c.map((x) => x.trainer),
      c.map((x) => x.format),
      c.map((x) => x.size),
      c.map((x) => x.firstTrainee),
      c.map((x) => x.startDate),
      c.map((x) => x.examDate),
      c.map((x) => x.endDate),
      c.map((x) => x.name),
    ],
  );
  const cohortCreated = parisAt('start_date - 120', '10:00');
  await sql(
    `INSERT INTO cohorts (id, school_id, name, version_id, format, start_date, end_date, capacity, place, ical_token, created_at, updated_at,
                          applications_open)
     SELECT id, school_id, name, $1, format::cohort_format, start_date, end_date, greatest(25, size), city || ' – site de formation',
            md5($2 || ':cohort-ical:' || c), ${cohortCreated}, ${cohortCreated}, start_date > ${dateLiteral(options.today)}
       FROM scale_cohort ORDER BY c`,
    [ctx.referential.versionId, options.seed],
  );
  await createTrainees(ctx);
  const enrolled = parisAt('t.enrolled_on', '11:00');
  await sql(
    `INSERT INTO accounts (id, school_id, email, full_name, role, status, password_hash, created_at, updated_at)
     SELECT account_id, school_id, email, first_name || ' ' || last_name, 'trainee', 'active', $1, ${enrolled}, ${enrolled}
       FROM scale_trainee t ORDER BY n`,
    [ctx.passwordHash],
  );
  await sql(
    `INSERT INTO trainees (id, school_id, cohort_id, account_id, last_name, first_name, email, phone, status, ical_token, created_at, joined_on)
     SELECT id, school_id, cohort_id, account_id, last_name, first_name, email, '06 ' || to_char(10000000 + n, 'FM00 00 00 00'),
            CASE WHEN withdraw_day IS NULL THEN 'active' ELSE 'withdrawn' END::trainee_status, md5($1 || ':trainee-ical:' || n),
            ${enrolled}, start_date + 7 * join_day
       FROM scale_trainee t ORDER BY n`,
    [options.seed],
  );
  await seedPlanExemptions(ctx);
}

/** Work table scale_trainee: one row per trainee of the plan, with the traits drawn from its index n. */
async function createTrainees(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options } = ctx;
  const p = (kind: string, n: number) => keys.pick(kind, 'x.n', n);
  const u = (kind: string) => keys.unit(kind, 'x.n');
  const today = dateLiteral(options.today);
  await createWorkTable(
    sql,
    'scale_trainee',
    `SELECT x.n, c.c, x.j, c.s, c.school_id, c.id AS cohort_id, c.start_date, c.end_date, least(c.start_date - 20, ${today} - 1) AS enrolled_on,
            ${keys.id('trainee', 'x.n')} AS id, ${keys.id('trainee-account', 'x.n')} AS account_id,
            ($1::text[])[1 + ${p('first', FIRST_NAMES.length)}] AS first_name, ($2::text[])[1 + ${p('last', LAST_NAMES.length)}] AS last_name,
            ($3::text[])[1 + ${p('first', FIRST_NAMES.length)}] || '.' || ($4::text[])[1 + ${p('last', LAST_NAMES.length)}] || '.' || (x.n + 1)
              || '@' || $5 AS email,
            a.archetype, a.archetype * 2 + a.prior AS variant,
            CASE WHEN a.prior = 1 THEN ($7::int[])[1 + a.archetype] END AS prior_level,
            CASE WHEN a.prior = 1 THEN 60 + ${p('prior-days', 1340)} END AS prior_days,
            CASE WHEN ${p('join', 100)} < 4 THEN 1 + ${p('join-day', 3)} ELSE 0 END AS join_day,
            CASE WHEN ${p('withdraw', 100)} < 3 AND c.start_date + 7 * (4 + ${p('withdraw-day', 27)}) < ${today}
                 THEN 4 + ${p('withdraw-day', 27)} END AS withdraw_day,
            ${p('fragile', 100)} < 12 AS fragile,
            14.5 + 2.6 * sqrt(3) * (${u('ability-1')} + ${u('ability-2')} + ${u('ability-3')} + ${u('ability-4')} - 2) AS ability,
            ${p('file', 100)} = 0 AS file_incomplete,
            x.j % ceil(c.size / ${AFGSU_GROUP_SIZE.max}.0)::int AS afgsu_group,
            ${p('afgsu-absent', 50)} = 0 AS afgsu_absent
       FROM scale_cohort c
       CROSS JOIN LATERAL (SELECT c.first_n + j AS n, j FROM generate_series(0, c.size - 1) j) x
       CROSS JOIN LATERAL (SELECT ($6::int[])[1 + ${p('archetype', 100)}] AS archetype) a0
       CROSS JOIN LATERAL (SELECT a0.archetype,
                                  CASE WHEN ($7::int[])[1 + a0.archetype] IS NOT NULL AND ${p('prior', 10)} < 7 THEN 1 ELSE 0 END AS prior) a
      ORDER BY x.n`,
    [
      FIRST_NAMES,
      LAST_NAMES,
      FIRST_NAMES.map(emailPart),
      LAST_NAMES.map(emailPart),
      ctx.mailDomain,
      archetypeLookup((a) => a.traineeWeight),
      ARCHETYPES.map((a) => a.priorAfgsuLevel),
    ],
  );
  await sql('CREATE INDEX ON scale_trainee (c, j)');
}

/**
 * The exemptions staff accepted at enrolment: those the admission rules propose for the trainee's variant (work table
 * scale_exemption), recorded by the head of training. Work table scale_variant: the modules each variant does not attend.
 */
async function seedPlanExemptions(ctx: ScaleContext): Promise<void> {
  const { sql, keys, variants } = ctx;
  const rows = variants.flatMap((v) => v.exemptions.map((e, ord) => ({ variant: v.index, ord, ...e })));
  await createWorkTable(
    sql,
    'scale_exemption',
    `SELECT * FROM unnest($1::int[], $2::int[], $3::uuid[], $4::uuid[], $5::int[], $6::text[])
              AS e(variant, ord, block_id, module_id, minutes, justification)`,
    [
      rows.map((r) => r.variant),
      rows.map((r) => r.ord),
      rows.map((r) => r.blockId),
      rows.map((r) => r.moduleId),
      rows.map((r) => r.minutes),
      rows.map((r) => r.justification),
    ],
  );
  await createWorkTable(
    sql,
    'scale_variant',
    `SELECT v.variant, coalesce(string_to_array(nullif(v.skipped, ''), ',')::uuid[], '{}') AS skipped
       FROM unnest($1::int[], $2::text[]) AS v(variant, skipped)`,
    [variants.map((v) => v.index), variants.map((v) => v.skippedModuleIds.join(','))],
  );
  await sql(
    `INSERT INTO plan_exemptions (id, school_id, trainee_id, block_id, module_id, minutes, justification, created_by, created_at)
     SELECT ${keys.id('exemption', 't.n * 16 + e.ord')}, t.school_id, t.id, e.block_id, e.module_id, e.minutes, e.justification,
            ${staffId(ctx, 't.s', STAFF.pedagogy)}, ${parisAt('t.enrolled_on', '15:00')}
       FROM scale_trainee t JOIN scale_exemption e ON e.variant = t.variant
      ORDER BY t.n, e.ord`,
  );
}
