/**
 * PDF generation for a cohort: the « attestation de fin de formation » of every active trainee of the school's
 * largest cohort (30 in the scale dataset's cohorts of 30, else as many as it has), requested through the API
 * (`POST /documents/batches`) and rendered by the worker; timed until the batch reports every document done.
 *   node dist/bench/pdf-batch.js [runs]      (against `bash scripts/start.sh`; env as bench/support/product.ts)
 */
import { apiPid, login, product, withAdminDb } from './support/product';

const RUNS = Number(process.argv[2] ?? 3);

interface Batch {
  id: string;
  total: number;
  done: number;
  failed: number;
}

async function main(): Promise<void> {
  const cookie = await login();
  const cohort = await withAdminDb(async (db) => {
    const { rows } = await db.query(
      `SELECT c.id, c.name, count(*)::int AS trainees FROM cohorts c JOIN trainees t ON t.cohort_id = c.id AND t.status = 'active'
        WHERE c.school_id = (SELECT school_id FROM accounts WHERE email = $1) GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
      [product.email],
    );
    return rows[0] as { id: string; name: string; trainees: number } | undefined;
  });
  if (!cohort) throw new Error(`no cohort with trainees in the school of ${product.email}`);
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${product.base}/api/v1${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
  const rows = [];
  for (let run = 1; run <= RUNS; run++) {
    const started = Date.now();
    const res = await api('/documents/batches', { method: 'POST', body: JSON.stringify({ kind: 'end_of_training', cohortId: cohort.id }) });
    if (res.status !== 201) throw new Error(`batch refused: ${res.status} ${await res.text()}`);
    let batch = (await res.json()) as Batch;
    while (batch.done + batch.failed < batch.total) {
      if (Date.now() - started > 120_000)
        throw new Error(`batch ${batch.id}: ${batch.done} of ${batch.total} after 120 s (is the worker running?)`);
      await new Promise((r) => setTimeout(r, 50));
      batch = (await (await api(`/documents/batches/${batch.id}`)).json()) as Batch;
    }
    const seconds = (Date.now() - started) / 1000;
    rows.push({ run, documents: batch.total, failed: batch.failed, seconds, 'documents/s': Math.round(batch.total / seconds) });
  }
  console.log(`« ${cohort.name} » (${cohort.trainees} active trainees), API pid ${apiPid() ?? '?'}`);
  console.table(rows);
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
