/**
 * PDF generation for a cohort: the « attestation de fin de formation » of at least DOCUMENTS (default 30) active
 * trainees, requested through the API (`POST /documents/batches`, one batch per cohort: the school's largest cohorts
 * until they hold that many; the scale dataset's cohorts have 20 to 25 trainees, so two of them) and rendered by the
 * worker; timed from the requests until every batch reports every document done.
 *   node dist/bench/pdf-batch.js [runs] [documents]   (against `bash scripts/start.sh`; env as bench/support/product.ts)
 */
import { apiPid, login, product, withAdminDb } from './support/product';

const RUNS = Number(process.argv[2] ?? 3);
const DOCUMENTS = Number(process.argv[3] ?? 30);

interface Batch {
  id: string;
  total: number;
  done: number;
  failed: number;
}

interface Cohort {
  id: string;
  name: string;
  trainees: number;
}

async function main(): Promise<void> {
  const cookie = await login();
  const cohorts = await withAdminDb(async (db) => {
    const { rows } = await db.query(
      `SELECT c.id, c.name, count(*)::int AS trainees FROM cohorts c JOIN trainees t ON t.cohort_id = c.id AND t.status = 'active'
        WHERE c.school_id = (SELECT school_id FROM accounts WHERE email = $1) GROUP BY c.id ORDER BY count(*) DESC, c.id`,
      [product.email],
    );
    return rows as Cohort[];
  });
  const chosen: Cohort[] = [];
  for (const c of cohorts) if (chosen.reduce((sum, x) => sum + x.trainees, 0) < DOCUMENTS) chosen.push(c);
  if (chosen.length === 0) throw new Error(`no cohort with trainees in the school of ${product.email}`);
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${product.base}/api/v1${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
  const request = async (cohort: Cohort): Promise<Batch> => {
    const res = await api('/documents/batches', { method: 'POST', body: JSON.stringify({ kind: 'end_of_training', cohortId: cohort.id }) });
    if (res.status !== 201) throw new Error(`batch refused: ${res.status} ${await res.text()}`);
    return (await res.json()) as Batch;
  };
  const rows = [];
  for (let run = 1; run <= RUNS; run++) {
    const started = Date.now();
    let batches = await Promise.all(chosen.map(request));
    while (batches.some((b) => b.done + b.failed < b.total)) {
      if (Date.now() - started > 120_000) throw new Error(`batches not done after 120 s (is the worker running?)`);
      await new Promise((r) => setTimeout(r, 50));
      batches = await Promise.all(batches.map(async (b) => (await (await api(`/documents/batches/${b.id}`)).json()) as Batch));
    }
    const seconds = (Date.now() - started) / 1000;
    const documents = batches.reduce((sum, b) => sum + b.total, 0);
    const failed = batches.reduce((sum, b) => sum + b.failed, 0);
    rows.push({ run, documents, failed, seconds, 'documents/s': Math.round(documents / seconds) });
  }
  console.log(`${chosen.map((c) => `« ${c.name} » (${c.trainees})`).join(' + ')} active trainees, API pid ${apiPid() ?? '?'}`);
  console.table(rows);
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
