import { Client } from 'pg';
import { JobQueue } from '@app/platform';
import { schoolChecksums } from './school-world';
import { TestApp } from './test-app';

/** What a request may leave behind: the school's rows (md5 per table), every table's row count, and the queued jobs. */
export interface Footprint {
  school: Record<string, string>;
  rows: Record<string, number>;
  jobs: Record<string, number>;
}

/** Rows per table of the whole database (every school, the platform's tables), over the admin connection. */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const client = new Client({ connectionString: t.config.DATABASE_ADMIN_URL });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const { rows } = await client.query<{ name: string; n: string }>(
      tables.map(({ name }) => `SELECT '${name}' AS name, count(*) AS n FROM "${name}"`).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  } finally {
    await client.end();
  }
}

/** Jobs per queue and state (waiting, delayed, completed...): with the worker stopped, only a request changes them. */
async function jobCounts(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const queue of t.api.get(JobQueue).all()) {
    for (const [state, n] of Object.entries(await queue.getJobCounts())) out[`${queue.name}.${state}`] = n;
    out[`${queue.name}.schedulers`] = await queue.getJobSchedulersCount();
  }
  return out;
}

export async function footprint(t: TestApp, schoolId: string): Promise<Footprint> {
  const [school, rows, jobs] = await Promise.all([schoolChecksums(t, schoolId), rowCounts(t), jobCounts(t)]);
  return { school, rows, jobs };
}

/** What differs between two footprints: `school.<table>`, `rows.<table>`, `jobs.<queue>.<state>`. */
export function footprintChanges(before: Footprint, after: Footprint): string[] {
  return (['school', 'rows', 'jobs'] as const).flatMap((part) => {
    const keys = new Set([...Object.keys(before[part]), ...Object.keys(after[part])]);
    return [...keys].filter((k) => before[part][k] !== after[part][k]).map((k) => `${part}.${k}: ${before[part][k]} → ${after[part][k]}`);
  });
}
