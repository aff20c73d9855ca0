import { CompetencyLevel } from '@app/internship/rules/evaluation.rules';
import { DEFAULT_INTERNSHIP_SETTINGS } from '@app/internship/rules/internship-settings';
import { competencyBlocks, ScaleContext } from './scale-context';
import { emailPart, FIRST_NAMES, LAST_NAMES, OVERALL_COMMENTS, SPECIALITIES, STREETS } from './scale-names';
import { createWorkTable, dateLiteral, parisAt, withLuhnDigit } from './scale-sql';

/** What a trainee practises at the site, per competency block code. */
const OBJECTIVES: Record<string, string> = {
  BC01: 'Préparer les consultations et assister le praticien lors des examens courants.',
  BC02: 'Accueillir les patients, tenir le dossier patient et gérer les rendez-vous.',
  BC03: 'Appliquer les règles d’hygiène, d’identitovigilance et de prévention du risque infectieux.',
  BC04: 'Prendre les constantes, gérer les stocks et préparer le matériel de soins.',
};
/** The blocks a placement covers: a stage two of them, an alternance (the employer's practice) all four. */
const OBJECTIVE_SETS = [
  ['BC01', 'BC04'],
  ['BC02', 'BC03'],
  ['BC01', 'BC02', 'BC03', 'BC04'],
];
const ALTERNANCE_OBJECTIVES = 2;
/** Levels a tutor gives in turn to the competencies, by phase (half-way, end) and by the trainee's tier (weak, usual, strong). */
const LEVELS: CompetencyLevel[][][] = [
  [
    ['not_acquired', 'in_progress'],
    ['in_progress', 'acquired'],
    ['acquired', 'acquired', 'mastered'],
  ],
  [
    ['in_progress', 'acquired'],
    ['acquired', 'mastered'],
    ['mastered', 'mastered', 'acquired'],
  ],
];
/** Host sites are kept per school and lane: site j of a lane takes trainee j of the lane's cohort of the moment. */
const SITE_KEY = 's * 4096 + lane * 128 + j';

/**
 * Host sites, their tutor (one in ten activated an account) and each trainee's placement with its tutor evaluations. A
 * stage covers four weeks from the 21st week of the cohort (created a month before it starts); an alternance runs at
 * the employer's practice from the second week to a week before the épreuves. Evaluations fall due half-way and on the
 * last day (the default settings); past ones were submitted (a few reopened by staff and submitted again), 1 in 25 is
 * still awaited after its grace period, and those due this week are submitted, in draft or awaited.
 */
export async function seedInternships(ctx: ScaleContext): Promise<void> {
  await seedHostSitesAndTutors(ctx);
  await seedPlacements(ctx);
  await seedEvaluations(ctx);
}

async function seedHostSitesAndTutors(ctx: ScaleContext): Promise<void> {
  const { sql, keys } = ctx;
  const pick = (kind: string, n: number | string) => keys.pick(kind, 'k', n);
  await createWorkTable(
    sql,
    'scale_site',
    `SELECT x.*, ${keys.id('host-site', 'k')} AS id, ${keys.id('tutor', 'k')} AS tutor_id, sc.id AS school_id, sc.city, sc.postal_code,
            CASE WHEN roll < 45 THEN 'general_practice' WHEN roll < 65 THEN 'specialist_practice' WHEN roll < 80 THEN 'health_centre'
                 WHEN roll < 95 THEN 'msp' ELSE 'other' END AS kind,
            ($1::text[])[1 + ${pick('tutor-first', FIRST_NAMES.length)}] AS first_name,
            ($2::text[])[1 + ${pick('tutor-last', LAST_NAMES.length)}] AS last_name,
            ($3::text[])[1 + ${pick('tutor-last', LAST_NAMES.length)}] AS last_email,
            ($4::text[])[1 + ${pick('speciality', SPECIALITIES.length)}] AS speciality
       FROM (SELECT l.s, l.lane, j, ${SITE_KEY} AS k, ${keys.pick('site-kind', SITE_KEY, 100)} AS roll
               FROM (SELECT s, lane, max(size) AS places FROM scale_cohort GROUP BY s, lane) l, generate_series(0, l.places - 1) j) x
       JOIN scale_school sc ON sc.s = x.s`,
    [FIRST_NAMES, LAST_NAMES, LAST_NAMES.map(emailPart), SPECIALITIES],
  );
  const created = parisAt(dateLiteral(ctx.plan.since), '10:00');
  await sql(
    `INSERT INTO host_sites (id, school_id, name, kind, speciality, address, postal_code, city, siret, capacity, contacts, created_at, updated_at)
     SELECT id, school_id,
            CASE kind WHEN 'general_practice' THEN 'Cabinet médical du Dr ' || last_name
                      WHEN 'specialist_practice' THEN 'Cabinet de ' || lower(speciality) || ' ' || last_name
                      WHEN 'health_centre' THEN 'Centre de santé ' || last_name
                      WHEN 'msp' THEN 'Maison de santé pluriprofessionnelle ' || last_name
                      ELSE 'Service de santé au travail ' || city || ' ' || (lane * 128 + j + 1) END,
            kind, CASE WHEN kind = 'specialist_practice' THEN speciality END,
            (1 + ${pick('site-number', 150)}) || ' ' || ($1::text[])[1 + ${pick('site-street', STREETS.length)}], postal_code, city,
            CASE WHEN ${pick('site-siret', 10)} < 7 THEN ${withLuhnDigit(`lpad((${keys.hash('siret', 'k')} % 10000000000000)::text, 13, '0')`, 13)} END,
            1 + ${pick('site-capacity', 3)},
            jsonb_build_array(jsonb_build_object('name', ($2::text[])[1 + ${pick('contact-first', FIRST_NAMES.length)}] || ' ' ||
                                                         ($3::text[])[1 + ${pick('contact-last', LAST_NAMES.length)}],
                                                 'role', 'Secrétaire médicale', 'email', 'accueil.' || k || '@' || $4,
                                                 'phone', '04 ' || to_char(10000000 + k % 89999999, 'FM00 00 00 00'))),
            ${created}, ${created}
       FROM scale_site ORDER BY k`,
    [STREETS, FIRST_NAMES, LAST_NAMES, ctx.mailDomain],
  );
  await sql(
    `INSERT INTO accounts (id, school_id, email, full_name, role, status, password_hash, created_at, updated_at)
     SELECT ${keys.id('tutor-account', 'k')}, school_id, 'tuteur.' || last_email || '.' || k || '@' || $1, first_name || ' ' || last_name,
            'tutor', 'active', $2, ${created}, ${created}
       FROM scale_site WHERE ${pick('tutor-account', 10)} = 0 ORDER BY k`,
    [ctx.mailDomain, ctx.passwordHash],
  );
  await sql(
    `INSERT INTO tutors (id, school_id, last_name, first_name, profession, rpps, email, phone, created_at, account_id)
     SELECT tutor_id, school_id, last_name, first_name, t.profession,
            CASE WHEN t.profession IN ('general_practitioner', 'specialist')
                 THEN ${withLuhnDigit(`'10' || lpad((${keys.hash('rpps', 'k')} % 100000000)::text, 8, '0')`, 10)} END,
            'tuteur.' || last_email || '.' || k || '@' || $1, '06 ' || to_char(20000000 + k % 79999999, 'FM00 00 00 00'), ${created},
            CASE WHEN ${pick('tutor-account', 10)} = 0 THEN ${keys.id('tutor-account', 'k')} END
       FROM scale_site
      CROSS JOIN LATERAL (SELECT CASE kind WHEN 'general_practice' THEN 'general_practitioner' WHEN 'msp' THEN 'general_practitioner'
                                           WHEN 'specialist_practice' THEN 'specialist' WHEN 'health_centre' THEN 'coordinating_nurse'
                                           ELSE 'manager' END AS profession) t
      ORDER BY k`,
    [ctx.mailDomain],
  );
  await sql(`INSERT INTO tutor_host_sites (tutor_id, host_site_id, school_id) SELECT tutor_id, id, school_id FROM scale_site ORDER BY k`);
}

/** Work table scale_placement and the placements: one per trainee still in training, once it has been arranged. */
async function seedPlacements(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options } = ctx;
  const today = dateLiteral(options.today);
  const blocks = new Map(competencyBlocks(ctx.referential).map((b) => [b.code, b.id]));
  const objectives = OBJECTIVE_SETS.map((codes) =>
    JSON.stringify(codes.map((code) => ({ blockId: blocks.get(code), text: OBJECTIVES[code] }))),
  );
  await createWorkTable(
    sql,
    'scale_placement',
    `SELECT p.*, p.end_on - p.start_on AS days, ${keys.id('placement', 'p.n')} AS id,
            CASE WHEN p.type = 'alternance' THEN ${parisAt('p.enrolled_on', '14:00')} ELSE ${parisAt('p.start_on - 30', '14:00')} END AS created_at
       FROM (SELECT t.n, t.s, t.school_id, t.id AS trainee_id, t.ability,
                    ${keys.id('host-site', 't.s * 4096 + c.lane * 128 + t.j')} AS host_site_id,
                    ${keys.id('tutor', 't.s * 4096 + c.lane * 128 + t.j')} AS tutor_id, t.enrolled_on,
                    CASE WHEN c.format = 'alternance' THEN 'alternance' ELSE 'stage' END AS type,
                    CASE WHEN c.format = 'alternance' THEN c.start_date + 7 ELSE c.start_date + 141 END AS start_on,
                    CASE WHEN c.format = 'alternance' THEN c.exam_date - 7 ELSE c.start_date + 168 END AS end_on,
                    CASE WHEN c.format = 'alternance' THEN ${ALTERNANCE_OBJECTIVES} ELSE ${keys.pick('objectives', 't.n', 2)} END AS objectives
               FROM scale_trainee t JOIN scale_cohort c ON c.c = t.c
              WHERE t.withdraw_day IS NULL) p
      WHERE p.type = 'alternance' OR p.start_on - 30 <= ${today}`,
  );
  await sql(
    `INSERT INTO placements (id, school_id, trainee_id, host_site_id, tutor_id, type, start_on, end_on, planned_hours, objectives, created_at)
     SELECT id, school_id, trainee_id, host_site_id, tutor_id, type, start_on, end_on,
            CASE WHEN type = 'alternance' THEN days / 7 * 24 ELSE 140 END, ($1::jsonb[])[1 + objectives], created_at
       FROM scale_placement ORDER BY n`,
    [objectives],
  );
}

async function seedEvaluations(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options } = ctx;
  const today = dateLiteral(options.today);
  const { evaluationFractions, evaluationGraceDays } = DEFAULT_INTERNSHIP_SETTINGS;
  const blocks = new Map(competencyBlocks(ctx.referential).map((b) => [b.code, b]));
  const competencies = OBJECTIVE_SETS.map((codes) => codes.flatMap((code) => blocks.get(code)!.modules.map((m) => m.code)));
  // Levels by objective set, phase and tier: templates[set * 6 + phase * 3 + tier]; drafts have the first half only.
  const levels = (codes: string[], list: CompetencyLevel[]) =>
    JSON.stringify(Object.fromEntries(codes.map((c, i) => [c, list[i % list.length]])));
  const templates = competencies.flatMap((codes) => LEVELS.flatMap((phase) => phase.map((tier) => levels(codes, tier))));
  const drafts = competencies.map((codes) => levels(codes.slice(0, Math.ceil(codes.length / 2)), LEVELS[0][1]));
  const key = 'p.n * 4 + f.i';
  await sql(
    `INSERT INTO tutor_evaluations (id, school_id, placement_id, due_on, levels, comments, overall_comment, draft_saved_at, submitted_at,
                                    reopened_at, reopen_reason, created_at, updated_at)
     SELECT ${keys.id('evaluation', key)}, p.school_id, p.id, e.due_on,
            CASE s.state WHEN 'draft' THEN ($3::jsonb[])[1 + p.objectives]
                         WHEN 'none' THEN '{}'::jsonb
                         ELSE ($2::jsonb[])[1 + p.objectives * 6 + least(f.i, 1) * 3 + CASE WHEN p.ability < 11 THEN 0 WHEN p.ability < 15 THEN 1 ELSE 2 END]
                         END,
            '{}'::jsonb, CASE WHEN s.state IN ('submitted', 'reopened') THEN ($4::text[])[1 + ${keys.pick('evaluation-comment', key, OVERALL_COMMENTS.length)}] END,
            CASE s.state WHEN 'none' THEN NULL WHEN 'draft' THEN ${parisAt('e.due_on', '08:00')} ELSE s.submitted_at - interval '1 day' END,
            CASE WHEN s.state = 'reopened' THEN s.submitted_at + interval '2 days' ELSE s.submitted_at END,
            CASE WHEN s.state = 'reopened' THEN s.submitted_at + interval '1 day' END,
            CASE WHEN s.state = 'reopened' THEN 'Merci de compléter l’appréciation générale (demande du jury).' END,
            p.created_at,
            coalesce(CASE WHEN s.state = 'reopened' THEN s.submitted_at + interval '2 days' ELSE s.submitted_at END,
                     CASE WHEN s.state = 'draft' THEN ${parisAt('e.due_on', '08:00')} END, p.created_at)
       FROM scale_placement p
      CROSS JOIN LATERAL unnest($1::float8[]) WITH ORDINALITY AS f0(fraction, ord)
      CROSS JOIN LATERAL (SELECT (f0.ord - 1)::int AS i) f
      CROSS JOIN LATERAL (SELECT p.start_on + floor(p.days * f0.fraction)::int AS due_on) e
      CROSS JOIN LATERAL (SELECT ${keys.pick('evaluation', key, 100)} AS roll) r
      CROSS JOIN LATERAL (
        SELECT CASE WHEN e.due_on + ${evaluationGraceDays} <= ${today} THEN CASE WHEN r.roll = 0 THEN 'reopened' WHEN r.roll < 96 THEN 'submitted' ELSE 'none' END
                    WHEN e.due_on <= ${today} THEN CASE WHEN r.roll < 50 THEN 'submitted' WHEN r.roll < 80 THEN 'draft' ELSE 'none' END
                    ELSE 'none' END AS state,
               CASE WHEN e.due_on + ${evaluationGraceDays} <= ${today} THEN ${parisAt(`e.due_on + ${keys.pick('evaluation-delay', key, 5)}`, '18:00')}
                    ELSE ${parisAt('e.due_on', '12:00')} END AS submitted_at) s0
      CROSS JOIN LATERAL (SELECT s0.state, CASE WHEN s0.state IN ('submitted', 'reopened') THEN s0.submitted_at END AS submitted_at) s
      ORDER BY p.n, f.i`,
    [evaluationFractions, templates, drafts, OVERALL_COMMENTS],
  );
}
