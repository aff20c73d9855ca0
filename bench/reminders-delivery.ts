/**
 * The delivery of a day's reminders at national scale, through the built worker to a local SMTP server: the reminder
 * benchmarks' day (bench/support/reminder-day.ts) swept (not timed), then the worker started as a process of its own
 * (MAIL_DRIVER=smtp towards an SMTP sink in this process, its clock fixed at 19:30 on that day so that every
 * notification is due and no e-mail is in the quiet hours), the sweep's delayed jobs made due at once, and timed until
 * every notification was handled and every e-mail arrived. The whole path: batch job, notification locked and
 * re-checked with its source, e-mail written to the outbox, outbox job, SMTP.
 *   npm run bench:reminders:delivery [-- J] [--scale]   (J: run only the first J of the sweep's delivery jobs; --scale:
 *   today's reminders of the database as it is, e.g. the national scale dataset)
 * Uses the database and Redis of DATABASE_* / REDIS_URL (a database of its own, as npm run bench:reminders).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig, Db, JobQueue, loadConfig } from '@app/platform';
import { parisInstant } from '@app/platform/time/paris-time';
import { ReminderSweepService } from '@app/reminders';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { startSmtpSink } from '../test/support/smtp-sink';
import { WorkerProcess } from '../test/support/worker-process';
import { prepareReminderDay } from './support/reminder-day';

const TIMEOUT_S = 600;
/** How many of the sweep's delivery jobs to run (all by default). */
const JOBS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a))) || undefined;
const DATASET = process.argv.includes('--scale') ? 'scale' : 'reminders';

async function main(): Promise<void> {
  const sink = await startSmtpSink();
  const config: AppConfig = Object.assign(new AppConfig(), loadConfig(), { LOG_LEVEL: 'warn', QUEUE_PREFIX: 'bench-reminders' });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
  const db = app.get(Db);
  const queue = app.get(JobQueue);
  let worker: WorkerProcess | undefined;
  try {
    const { day } = await prepareReminderDay(config, db, queue, DATASET);
    await app.get(ReminderSweepService).sweep(parisInstant(day, '07:00'));
    worker = new WorkerProcess(
      Object.assign(new AppConfig(), config, {
        MAIL_DRIVER: 'smtp',
        SMTP_URL: sink.url,
        CLOCK_FIXED_AT: parisInstant(day, '19:30').toISOString(),
      }),
    );
    await worker.start();
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const delayed = (await queue.queue('reminders').getDelayed()).filter((job) => job.name === 'reminders.deliver-many');
    const jobs = delayed.slice(0, JOBS ?? delayed.length);
    const ids = jobs.flatMap((job) => (job.data as { notificationIds: string[] }).notificationIds);
    const [planned]: { notifications: number; emails: number }[] = await db.admin.query(
      `SELECT count(*)::int AS notifications, count(*) FILTER (WHERE channel = 'email')::int AS emails
         FROM notifications WHERE id = ANY($1)`,
      [ids],
    );
    await Promise.all(jobs.map((job) => job.promote()));
    let handled = 0;
    let handledAt = 0;
    while (sink.received.length < planned.emails || handledAt === 0) {
      if (elapsed() > TIMEOUT_S) {
        throw new Error(
          `after ${TIMEOUT_S} s: ${sink.received.length} of ${planned.emails} e-mails; worker: ${worker.output.join('').slice(-2000)}`,
        );
      }
      if (handledAt === 0) {
        const [{ left }]: { left: number }[] = await db.admin.query(
          `SELECT count(*)::int AS left FROM notifications WHERE id = ANY($1) AND status = 'scheduled'`,
          [ids],
        );
        if (left === 0) {
          handled = planned.notifications;
          handledAt = elapsed();
        }
      }
      await new Promise((r) => setTimeout(r, 500)); // (checking often would take the CPU it measures)
    }
    const arrived = elapsed();
    const [outcome]: { sent: number; other: number }[] = await db.admin.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status <> 'sent')::int AS other
         FROM notifications WHERE id = ANY($1)`,
      [ids],
    );
    const distinct = new Set(sink.received.map((m) => String(m.headers.get('x-cqp-message-id')))).size;
    console.log(
      `Delivery of the reminders of ${day}: ${planned.notifications} notifications (${planned.emails} e-mails) in ${jobs.length} of the sweep's ${delayed.length} jobs`,
    );
    console.table([
      {
        'all handled (s)': Number(handledAt.toFixed(2)),
        'notifications/s': Math.round(handled / handledAt),
        'all e-mails arrived (s)': Number(arrived.toFixed(2)),
        'e-mails/s': Math.round(planned.emails / arrived),
        sent: outcome.sent,
        'not sent': outcome.other,
        'arrived twice': sink.received.length - distinct,
      },
    ]);
  } finally {
    await worker?.stop();
    for (const q of queue.all()) await q.obliterate({ force: true });
    await app.close();
    await sink.stop();
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
