/**
 * The daily reminder sweep at national scale: 60,000 trainees in 60 schools of 1,000, each with a placement, one in
 * ten with a reminder due on the day (« starts tomorrow » or « convention not signed »), seeded once in set-based SQL
 * (test/factories/reminder-dataset.factory.ts). Then one sweep, timed: compute every source's due reminders school after
 * school, record the notifications with their unique keys, enqueue their deliveries in bulk.
 *   npm run bench:reminders
 * Uses the database and Redis of DATABASE_* / REDIS_URL (a database of its own: the dataset stays for the next run).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Db, JobQueue, loadConfig } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { ReminderSweepService } from '@app/reminders';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { seedReminderDataset } from '../test/factories/reminder-dataset.factory';

const SCHOOLS = 60;
const PER_SCHOOL = 1000;
const DUE_EVERY = 10;

async function main(): Promise<void> {
  const config = { ...loadConfig(), LOG_LEVEL: 'warn', QUEUE_PREFIX: 'bench-reminders' };
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
  const db = app.get(Db);
  const queue = app.get(JobQueue);
  try {
    // The dataset's day is in its slugs (rd-bench-<day>-<n>): seeded once, reused by later runs.
    const existing: { slug: string }[] = await db.admin.query(`SELECT slug FROM schools WHERE slug LIKE 'rd-bench-%' LIMIT 1`);
    let day = existing[0]?.slug.slice('rd-bench-'.length, 'rd-bench-'.length + 10);
    if (!day) {
      day = addDays(parisDate(new Date()), 30);
      const started = Date.now();
      await seedReminderDataset((q, p) => db.admin.query(q, p), {
        tag: `bench-${day}`,
        schools: SCHOOLS,
        traineesPerSchool: PER_SCHOOL,
        dueEvery: DUE_EVERY,
        day,
      });
      console.log(`Seeded ${SCHOOLS * PER_SCHOOL} trainees in ${SCHOOLS} schools in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // Each run starts from nothing recorded for the day, and an empty queue.
    await db.admin.query(`DELETE FROM notifications WHERE due_on = $1`, [day]);
    for (const q of queue.all()) await q.obliterate({ force: true });
    const [{ trainees, schools }]: { trainees: number; schools: number }[] = await db.admin.query(
      `SELECT count(*)::int AS trainees, count(DISTINCT school_id)::int AS schools FROM trainees`,
    );

    const started = process.hrtime.bigint();
    const report = await app.get(ReminderSweepService).sweep(parisInstant(day, '07:00'));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const jobs = await queue.queue('reminders').getJobCountByTypes('delayed', 'wait');
    console.log(`Database: ${trainees} trainees in ${schools} schools; sweep of ${day}`);
    console.table([
      {
        'due reminders': report.due,
        'notifications recorded': report.created,
        'delivery jobs enqueued': jobs,
        seconds: Number(seconds.toFixed(2)),
        'notifications/s': Math.round(report.created / seconds),
      },
    ]);
    for (const q of queue.all()) await q.obliterate({ force: true });
  } finally {
    await app.close();
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
