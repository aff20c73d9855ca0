/**
 * E-mail delivery through the worker to a local SMTP server: N outbox messages written at once (one statement), their
 * `mail.deliver` jobs enqueued in bulk, and the built worker (a process of its own, MAIL_DRIVER=smtp) sending them to an
 * SMTP sink in this process. Prints e-mails per second, until all arrived and until all were recorded as sent.
 *   npm run bench:mail [-- N]      (N = 5000 by default)
 * Uses the database and Redis of DATABASE_* / REDIS_URL.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, JobQueue, loadConfig } from '@app/platform';
import { startSmtpSink } from '../test/support/smtp-sink';
import { WorkerProcess } from '../test/support/worker-process';

const N = Number(process.argv[2] ?? 5000);

async function main(): Promise<void> {
  const sink = await startSmtpSink();
  const config: AppConfig = Object.assign(new AppConfig(), loadConfig(), {
    QUEUE_PREFIX: 'bench-mail',
    MAIL_DRIVER: 'smtp',
    SMTP_URL: sink.url,
  });
  const db = new Client({ connectionString: config.DATABASE_ADMIN_URL });
  await db.connect();
  const queue = new JobQueue(config);
  const worker = new WorkerProcess(config);
  try {
    for (const q of queue.all()) await q.obliterate({ force: true });
    const run = randomBytes(4).toString('hex');
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO outbox_messages (key, "to", subject, text)
       SELECT 'bench-mail:' || $1 || ':' || n, 'destinataire' || n || '@bench.test', 'Rappel n° ' || n,
              'Bonjour,' || E'\\n\\n' || 'Le stage commence demain.' || E'\\n\\n' || 'Pour agir : https://cqp.example.fr/placements/' || n
         FROM generate_series(1, $2) n RETURNING id`,
      [run, N],
    );
    await worker.start();
    const started = process.hrtime.bigint();
    await queue.enqueueBulk(
      'mail.deliver',
      rows.map((r) => ({ payload: { messageId: r.id, schoolId: null }, jobId: `mail-deliver.${r.id}` })),
    );
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    while (sink.received.length < N) {
      if (elapsed() > 300)
        throw new Error(`${sink.received.length} of ${N} e-mails after 300 s; the worker said: ${worker.output.join('').slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const arrived = elapsed();
    const ids = rows.map((r) => r.id);
    for (;;) {
      const { rows: left } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE id = ANY($1) AND status <> 'sent'`,
        [ids],
      );
      if (left[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const recorded = elapsed();
    console.table([
      {
        'e-mails': N,
        'all arrived (s)': Number(arrived.toFixed(2)),
        'e-mails/s (arrived)': Math.round(N / arrived),
        'all recorded sent (s)': Number(recorded.toFixed(2)),
        'e-mails/s (recorded)': Math.round(N / recorded),
        'arrived twice': sink.received.length - new Set(sink.received.map((m) => String(m.headers.get('x-cqp-message-id')))).size,
      },
    ]);
    await db.query(`DELETE FROM outbox_messages WHERE key LIKE $1`, [`bench-mail:${run}:%`]);
  } finally {
    await worker.stop();
    for (const q of queue.all()) await q.obliterate({ force: true });
    await queue.onApplicationShutdown();
    await db.end();
    await sink.stop();
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
