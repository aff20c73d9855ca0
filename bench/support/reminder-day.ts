import { Client } from 'pg';
import { AppConfig, Db, JobQueue } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { seedReminderDataset } from '../../test/factories/reminder-dataset.factory';

export const SCHOOLS = 60;
export const PER_SCHOOL = 1000;
const DUE_EVERY = 10;

/**
 * The reminder benchmarks' day: 60,000 trainees in 60 schools of 1,000, each with a placement, one in ten with a
 * reminder due on the day (« starts tomorrow » or « convention not signed »), seeded once in set-based SQL
 * (test/factories/reminder-dataset.factory.ts) and kept for later runs (the day is in the schools' slugs). Each run
 * starts from nothing recorded for the day (its notifications and their e-mails deleted, the tables vacuumed by their
 * owner so that earlier runs' dead rows weigh nothing) and an empty queue. With `dataset` « scale », the day is today on
 * the database as it is (the national scale dataset, `npm run seed:scale`): nothing is seeded.
 */
export async function prepareReminderDay(
  config: AppConfig,
  db: Db,
  queue: JobQueue,
  dataset: 'reminders' | 'scale' = 'reminders',
): Promise<{ day: string; trainees: number; schools: number }> {
  if (dataset === 'scale') return startDay(config, db, queue, parisDate(new Date()));
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
  return startDay(config, db, queue, day);
}

/** `day` with nothing recorded yet (its notifications and their e-mails deleted, the tables vacuumed), an empty queue. */
async function startDay(
  config: AppConfig,
  db: Db,
  queue: JobQueue,
  day: string,
): Promise<{ day: string; trainees: number; schools: number }> {
  await db.admin.query(
    `WITH gone AS (DELETE FROM notifications WHERE due_on = $1 RETURNING outbox_message_id)
     DELETE FROM outbox_messages WHERE id IN (SELECT outbox_message_id FROM gone)`,
    [day],
  );
  const owner = new Client({ connectionString: config.DATABASE_OWNER_URL });
  await owner.connect();
  await owner.query(`VACUUM (ANALYZE) notifications, outbox_messages`).finally(() => owner.end());
  for (const q of queue.all()) await q.obliterate({ force: true });
  const [{ trainees, schools }]: { trainees: number; schools: number }[] = await db.admin.query(
    `SELECT count(*)::int AS trainees, count(DISTINCT school_id)::int AS schools FROM trainees`,
  );
  return { day, trainees, schools };
}
