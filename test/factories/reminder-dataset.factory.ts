/** Runs one SQL statement (a pg client, a TypeORM DataSource or EntityManager on the admin connection). */
export type Sql = (query: string, params?: unknown[]) => Promise<unknown>;

/** The size and shape of a reminder dataset. */
export interface ReminderDatasetOptions {
  /** Distinguishes this dataset's slugs and addresses from any other in the database. */
  tag: string;
  schools: number;
  traineesPerSchool: number;
  /** One in `dueEvery` trainees has a placement with reminders due on `day` (the others' placements run quietly). */
  dueEvery: number;
  /** The Europe/Paris day the reminders are due on: at least 7 days after today, when the placements are created. */
  day: string;
  /** Trainees per tutor (each tutor has an address of its own). */
  traineesPerTutor?: number;
}

/** What a dataset holds: its schools and, per kind, the reminders due on its day. */
export interface ReminderDataset {
  schoolIds: string[];
  trainees: number;
  /** « starts tomorrow » reminders (to the trainee, in-app and e-mail, and to the tutor by e-mail). */
  startsTomorrow: number;
  /** « convention not signed » reminders (to the school's staff member and the trainee, in-app and e-mail). */
  conventionUnsigned: number;
}

/**
 * Schools of trainees, each with a placement (one host site and a tutor per `traineesPerTutor` trainees per school), in
 * set-based statements on the admin connection (a few statements whatever the size). Among every `dueEvery` trainees,
 * one placement starts the day after `day` (« starts tomorrow » due on `day`) and one 7 days after (« convention not
 * signed » due on `day`); the others started 20 days before `day` and run 60 days, with nothing due. Each school has one
 * staff member.
 */
export async function seedReminderDataset(sql: Sql, o: ReminderDatasetOptions): Promise<ReminderDataset> {
  if (o.dueEvery < 2) throw new RangeError('dueEvery: 2 at least (one « starts tomorrow » and one « convention » per group)');
  const perTutor = o.traineesPerTutor ?? 10;
  const schools = (await sql(
    `INSERT INTO schools (name, slug) SELECT 'École ' || $1 || ' n° ' || s, left('rd-' || $1 || '-' || s, 60) FROM generate_series(1, $2) s RETURNING id`,
    [o.tag, o.schools],
  )) as { id: string }[];
  const schoolIds = schools.map((s) => s.id);
  await sql(
    `INSERT INTO accounts (school_id, email, full_name, role, status)
     SELECT id, 'staff-' || $2 || '-' || ord || '@dataset.test', 'Secrétariat ' || ord, 'staff', 'active'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, ord)`,
    [schoolIds, o.tag],
  );
  await sql(
    `INSERT INTO cohorts (school_id, name, version_id, format, start_date, end_date, capacity, place, ical_token)
     SELECT id, 'Promotion ' || $2, (SELECT id FROM certification_versions WHERE code = 'RNCP40913'), 'presentiel',
            $3::date - 200, $3::date + 200, $4, 'Lyon', md5(id::text || $2)
       FROM unnest($1::uuid[]) AS s(id)`,
    [schoolIds, o.tag, o.day, o.traineesPerSchool],
  );
  await sql(
    `INSERT INTO host_sites (school_id, name, kind, address, postal_code, city, capacity)
     SELECT id, 'Cabinet ' || $2, 'general_practice', '1 place du Marché', '69001', 'Lyon', $3 FROM unnest($1::uuid[]) AS s(id)`,
    [schoolIds, o.tag, o.traineesPerSchool],
  );
  await sql(
    `INSERT INTO tutors (school_id, last_name, first_name, profession, email)
     SELECT s.id, 'Tuteur' || n, 'Docteur', 'general_practitioner', 'tutor-' || $2 || '-' || s.ord || '-' || n || '@dataset.test'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, ord), generate_series(1, $3) n`,
    [schoolIds, o.tag, Math.ceil(o.traineesPerSchool / perTutor)],
  );
  await sql(
    `WITH people AS (
       SELECT s.id AS school_id, s.ord, n, 'trainee-' || $2 || '-' || s.ord || '-' || n || '@dataset.test' AS email
         FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, ord), generate_series(1, $3) n),
     acc AS (
       INSERT INTO accounts (school_id, email, full_name, role, status)
       SELECT school_id, email, 'Stagiaire ' || n, 'trainee', 'active' FROM people RETURNING id, school_id, email)
     INSERT INTO trainees (school_id, cohort_id, account_id, last_name, first_name, email, joined_on, ical_token)
     SELECT acc.school_id, c.id, acc.id, 'Nom' || p.n, 'Prénom', acc.email, c.start_date, md5(acc.id::text)
       FROM people p JOIN acc ON acc.email = p.email JOIN cohorts c ON c.school_id = acc.school_id AND c.name = 'Promotion ' || $2`,
    [schoolIds, o.tag, o.traineesPerSchool],
  );
  // The n-th trainee of a school: « starts tomorrow » when n % dueEvery = 0, « convention » when it is 1, else running;
  // trainees n to n + perTutor - 1 share the tutor k = n / perTutor.
  await sql(
    `WITH numbered AS (
       SELECT t.id, t.school_id, row_number() OVER (PARTITION BY t.school_id ORDER BY t.email) - 1 AS n
         FROM trainees t WHERE t.school_id = ANY($1)),
     tutor_numbers AS (
       SELECT id, school_id, row_number() OVER (PARTITION BY school_id ORDER BY email) - 1 AS k FROM tutors WHERE school_id = ANY($1))
     INSERT INTO placements (school_id, trainee_id, host_site_id, tutor_id, type, start_on, end_on, planned_hours)
     SELECT x.school_id, x.id, h.id, tu.id, 'stage', x.start_on, x.start_on + 30, 140
       FROM (SELECT numbered.*, CASE WHEN n % $3 = 0 THEN $2::date + 1 WHEN n % $3 = 1 THEN $2::date + 7 ELSE $2::date - 20 END AS start_on
               FROM numbered) x
       JOIN host_sites h ON h.school_id = x.school_id
       JOIN tutor_numbers tu ON tu.school_id = x.school_id AND tu.k = x.n / $4`,
    [schoolIds, o.day, o.dueEvery, perTutor],
  );
  await sql('ANALYZE schools, accounts, cohorts, host_sites, tutors, trainees, placements');
  const perSchool = (rest: number) => Math.floor((o.traineesPerSchool - 1 - rest) / o.dueEvery) + 1;
  return {
    schoolIds,
    trainees: o.schools * o.traineesPerSchool,
    startsTomorrow: o.schools * perSchool(0),
    conventionUnsigned: o.schools * perSchool(1),
  };
}
