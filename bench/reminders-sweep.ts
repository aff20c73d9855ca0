/**
 * The daily reminder sweep at national scale, on the reminder benchmarks' day (bench/support/reminder-day.ts: 60,000
 * trainees in 60 schools, 12,000 reminders due). One sweep, timed: compute every source's due reminders, record the
 * notifications with their unique keys, enqueue their deliveries in bulk. Prints the CPU time of Node, Redis and the
 * whole machine during the sweep, and the time spent in each source.
 *   npm run bench:reminders [-- --scale]
 * Uses the database and Redis of DATABASE_* / REDIS_URL (a database of its own: the dataset stays for the next run).
 * With --scale: today's sweep of the database as it is, e.g. the national scale dataset (`npm run seed:scale`).
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import Redis from 'ioredis';
import { AppConfig, Db, JobQueue, loadConfig } from '@app/platform';
import { parisInstant } from '@app/platform/time/paris-time';
import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { ReminderSweepService } from '@app/reminders';
import { REMINDER_SOURCES } from '@app/reminders/sweep/reminder-sources';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { prepareReminderDay } from './support/reminder-day';

async function main(): Promise<void> {
  const config: AppConfig = Object.assign(new AppConfig(), loadConfig(), { LOG_LEVEL: 'warn', QUEUE_PREFIX: 'bench-reminders' });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
  const db = app.get(Db);
  const queue = app.get(JobQueue);
  try {
    const { day, trainees, schools } = await prepareReminderDay(
      config,
      db,
      queue,
      process.argv.includes('--scale') ? 'scale' : 'reminders',
    );
    const sourceSeconds = timeSources(app.get<ReminderSource[]>(REMINDER_SOURCES));
    const redis = new Redis(config.REDIS_URL);
    const cpuBefore = { node: process.cpuUsage(), redis: await redisCpuSeconds(redis), machine: machineBusySeconds() };
    const started = process.hrtime.bigint();
    const report = await app.get(ReminderSweepService).sweep(parisInstant(day, '07:00'));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const node = process.cpuUsage(cpuBefore.node);
    const cpu = {
      'node (s)': Number(((node.user + node.system) / 1e6).toFixed(2)),
      'redis (s)': Number(((await redisCpuSeconds(redis)) - cpuBefore.redis).toFixed(2)),
      'whole machine (s)': Number((machineBusySeconds() - cpuBefore.machine).toFixed(2)),
    };
    redis.disconnect();
    const jobs = await queue.queue('reminders').getJobs(['delayed', 'wait']);
    const scheduled = jobs.reduce((sum, job) => sum + ((job.data as { notificationIds?: string[] }).notificationIds?.length ?? 1), 0);
    console.log(`Database: ${trainees} trainees in ${schools} schools; sweep of ${day}`);
    console.table([
      {
        'due reminders': report.due,
        'notifications recorded': report.created,
        'delivery jobs enqueued': jobs.length,
        'notifications in them': scheduled,
        seconds: Number(seconds.toFixed(2)),
        'notifications/s': Math.round(report.created / seconds),
      },
    ]);
    console.log('CPU time during the sweep (PostgreSQL is most of the rest of the machine):');
    console.table([cpu]);
    console.log('Time in each source (dueOn, all schools):');
    console.table(Object.entries(sourceSeconds).map(([source, s]) => ({ source, seconds: Number(s.toFixed(2)) })));
    for (const q of queue.all()) await q.obliterate({ force: true });
  } finally {
    await app.close();
  }
}

/** Seconds of CPU Redis used so far (INFO cpu). */
async function redisCpuSeconds(redis: { info(section: string): Promise<string> }): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string) => Number(new RegExp(`${name}:([0-9.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_user') + field('used_cpu_sys');
}

/** Seconds of CPU every core of the machine spent busy so far (/proc/stat, Linux; 0 elsewhere). */
function machineBusySeconds(): number {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = ticks;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return 0;
  }
}

/** Wraps each source's dueOn to add up the seconds it takes over the sweep (the sources run one after the other). */
function timeSources(sources: ReminderSource[]): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const source of sources) {
    const name = source.constructor.name;
    const dueOn = source.dueOn.bind(source);
    seconds[name] = 0;
    source.dueOn = async (today) => {
      const started = process.hrtime.bigint();
      try {
        return await dueOn(today);
      } finally {
        seconds[name] += Number(process.hrtime.bigint() - started) / 1e9;
      }
    };
  }
  return seconds;
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
