import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Client } from 'pg';
import { hashPassword } from '@app/platform/auth/secrets';
import { seedAfgsu } from './afgsu.scale';
import { seedAssessment } from './assessment.scale';
import { seedAttendance, seedTimetables } from './attendance.scale';
import { candidateVariants } from './candidate-profiles';
import { seedCertifications } from './certification.scale';
import { planDataset, ScalePlan } from './cohort-plan';
import { seedEnrolment } from './enrolment.scale';
import { seedInternships } from './internship.scale';
import { seedSchools } from './platform.scale';
import { SCALE_VERSION_CODE, ScaleBlock, ScaleContext, ScaleReferential, ScaleSql } from './scale-context';
import { ScaleKeys } from './scale-keys';
import { ScaleOptions } from './scale-options';
import { templateDayCount, TemplateModule, timetableTemplate } from './timetable-template';
import { seedCohortsAndTrainees } from './training.scale';

/** The password of every account of a scale dataset (printed at the end of the run). */
export const BENCH_PASSWORD = 'Scale-2026!cqp';

/** The tables a dataset fills, in the order the steps fill them (counts and checksums are reported per table). */
export const SCALE_TABLES = [
  'schools',
  'accounts',
  'cohorts',
  'trainees',
  'plan_exemptions',
  'course_sessions',
  'attendance_records',
  'afgsu_sessions',
  'afgsu_participants',
  'afgsu_attestations',
  'applications',
  'application_documents',
  'host_sites',
  'tutors',
  'tutor_host_sites',
  'placements',
  'tutor_evaluations',
  'assessments',
  'exam_sessions',
  'jury_sessions',
  'attempts',
  'marks',
  'jury_decisions',
  'certification_decisions',
] as const;

export type ScaleTable = (typeof SCALE_TABLES)[number];

export interface ScaleReport {
  /** False when schools of this seed were already there (nothing written). */
  created: boolean;
  counts: Record<ScaleTable, number>;
  /** Seconds per step and worker. */
  steps: { worker: number; step: string; seconds: number }[];
  seconds: number;
}

export interface ScaleRun {
  /** Connections working at once, each on a share of the schools (default: the machine's cores). */
  workers?: number;
  log?: (line: string) => void;
}

const STEPS: [string, (ctx: ScaleContext) => Promise<void>][] = [
  ['schools and staff', seedSchools],
  ['cohorts, trainees, plans', seedCohortsAndTrainees],
  ['timetables', seedTimetables],
  ['attendance', seedAttendance],
  ['AFGSU', seedAfgsu],
  ['applications', seedEnrolment],
  ['internships', seedInternships],
  ['exams and juries', seedAssessment],
  ['certifications', seedCertifications],
];

/** The slug prefix of a seed's schools: a dataset is found again by it. */
export const schoolSlugPattern = (seed: number) => `scale-${seed}-%`;

/**
 * Generates the scale dataset of `options` with connections from `connect` (the admin role: BYPASSRLS, every row carries
 * its school; they are closed at the end), in set-based statements, next to whatever the database holds. The schools
 * are shared out between `workers` connections (a school's rows only refer to its own), each in a transaction of its
 * own; they commit together once every one has succeeded, or all roll back. Idempotent: when schools of this seed exist, nothing is written and
 * their counts are reported (drop the database, or pick another seed, to generate again). Everything is derived from
 * the options and row indexes: the same options give the same rows, whatever the number of workers.
 */
export async function seedScaleDataset(connect: () => Promise<Client>, options: ScaleOptions, run: ScaleRun = {}): Promise<ScaleReport> {
  const log = run.log ?? (() => {});
  const started = process.hrtime.bigint();
  const main = await connect();
  const sql = sqlOn(main);
  const clients = [main];
  try {
    const [{ n: existing }] = await sql('SELECT count(*)::int AS n FROM schools WHERE slug LIKE $1', [schoolSlugPattern(options.seed)]);
    if ((existing as number) > 0) return { created: false, counts: await countRows(sql, options.seed), steps: [], seconds: 0 };
    const shared = await prepareScaleContext(sql, options);
    const workers = Math.max(1, Math.min(run.workers ?? availableParallelism(), options.schools));
    while (clients.length < workers) clients.push(await connect());
    const steps: ScaleReport['steps'] = [];
    const outcomes = await Promise.allSettled(
      clients.map(async (client, worker) => {
        const ctx = { ...shared, sql: sqlOn(client), plan: shareOf(shared.plan, worker, workers) };
        await ctx.sql('BEGIN');
        await ctx.sql(`SET LOCAL synchronous_commit = off`);
        await ctx.sql(`SET LOCAL work_mem = '256MB'`);
        for (const [step, runStep] of STEPS) {
          const t0 = process.hrtime.bigint();
          await runStep(ctx);
          const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
          steps.push({ worker: worker + 1, step, seconds });
          log(`  [${worker + 1}/${workers}] ${step}: ${seconds.toFixed(1)} s`);
        }
      }),
    );
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    for (const client of clients) await client.query(failed ? 'ROLLBACK' : 'COMMIT');
    if (failed) throw failed.reason;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { created: true, counts: await countRows(sql, options.seed), steps, seconds };
  } finally {
    for (const client of clients) await client.end();
  }
}

/** The plan restricted to the schools of `worker` (every `workers`-th school): indexes, and so ids, stay those of the whole plan. */
function shareOf(plan: ScalePlan, worker: number, workers: number): ScalePlan {
  const mine = (school: number) => school % workers === worker;
  return { ...plan, schools: plan.schools.filter((s) => mine(s.index)), cohorts: plan.cohorts.filter((c) => mine(c.school)) };
}

function sqlOn(client: Client): ScaleSql {
  return async (text, params) => (await client.query(text, params)).rows;
}

/** Rows of each table belonging to the seed's schools. */
export async function countRows(sql: ScaleSql, seed: number): Promise<Record<ScaleTable, number>> {
  const schools = `(SELECT id FROM schools WHERE slug LIKE $1)`;
  const counts = {} as Record<ScaleTable, number>;
  for (const table of SCALE_TABLES) {
    const where = table === 'schools' ? `id IN ${schools}` : `school_id IN ${schools}`;
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, [schoolSlugPattern(seed)]);
    counts[table] = n as number;
  }
  return counts;
}

/** The context every step reads: plan, referential, templates, candidate variants, password hash. */
export async function prepareScaleContext(sql: ScaleSql, options: ScaleOptions): Promise<ScaleContext> {
  const keys = new ScaleKeys(options.seed);
  const referential = await loadReferential(sql);
  const modules: TemplateModule[] = referential.blocks.flatMap((b) =>
    b.modules.map((m) => ({ id: m.id, code: m.code, blockId: b.id, plannedMinutes: m.plannedMinutes, other: b.kind === 'other' })),
  );
  const plan = planDataset(options, keys, templateDayCount(modules));
  const salt = createHash('md5').update(`${options.seed}:password-salt`).digest();
  return {
    sql,
    keys,
    options,
    plan,
    referential,
    templates: {
      presentiel: timetableTemplate(modules, 'presentiel'),
      alternance: timetableTemplate(modules, 'alternance'),
      mixte: timetableTemplate(modules, 'mixte'),
      distanciel: timetableTemplate(modules, 'distanciel'),
    },
    variants: candidateVariants(
      referential.exemptionDefaults,
      referential.blocks.map((b) => ({ id: b.id, code: b.code, plannedMinutes: b.plannedMinutes, modules: b.modules })),
      referential.settings,
      options.today,
    ),
    passwordHash: await hashPassword(BENCH_PASSWORD, salt),
    mailDomain: `s${options.seed}.scale.test`,
  };
}

async function loadReferential(sql: ScaleSql): Promise<ScaleReferential> {
  const [version] = await sql(`SELECT id, settings, exemption_defaults FROM certification_versions WHERE code = $1`, [SCALE_VERSION_CODE]);
  if (!version) throw new Error(`Certification version ${SCALE_VERSION_CODE} not found: run npm run db:setup first`);
  const rows = await sql(
    `SELECT b.id AS block_id, b.code AS block_code, b.kind::text, b.planned_minutes AS block_minutes,
            m.id, m.code, m.title, m.planned_minutes
       FROM referential_blocks b JOIN referential_modules m ON m.block_id = b.id
      WHERE b.version_id = $1 ORDER BY b.position, m.position`,
    [version.id],
  );
  const blocks: ScaleBlock[] = [];
  for (const r of rows) {
    if (blocks.at(-1)?.id !== r.block_id) {
      blocks.push({
        id: r.block_id as string,
        code: r.block_code as string,
        kind: r.kind as ScaleBlock['kind'],
        plannedMinutes: r.block_minutes as number,
        modules: [],
      });
    }
    blocks
      .at(-1)!
      .modules.push({ id: r.id as string, code: r.code as string, title: r.title as string, plannedMinutes: r.planned_minutes as number });
  }
  return {
    versionId: version.id as string,
    settings: version.settings as ScaleReferential['settings'],
    exemptionDefaults: version.exemption_defaults as ScaleReferential['exemptionDefaults'],
    blocks,
  };
}
