import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db, School } from '@app/platform';
import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { forEachLimit } from '@app/platform/async/for-each-limit';
import { parisDate } from '@app/platform/time/paris-time';
import { NotificationScheduler } from '../delivery/notification-scheduler';
import { NotificationsRepository, ScheduledRef } from '../notifications/notifications.repository';
import { planNotifications } from '../rules/notification-plan.rules';
import { REMINDER_SOURCES } from './reminder-sources';

/** How many schools the daily sweep works on at a time (bench/reminders-sweep.ts: two keep both cores busy). */
const SCHOOLS_AT_ONCE = 2;

/** What a sweep did. */
export interface SweepReport {
  today: string;
  schools: number;
  due: number;
  created: number;
}

/**
 * The daily sweep: school by school, every source's reminders due today (set-based statements), planned per
 * recipient and channel, recorded with their unique keys (those already there are skipped), then scheduled in bulk
 * (one job per school, time and batch of notifications). Run twice, or killed half-way and run again, it only adds
 * what is missing, and schedules again those still waiting (a no-op for the same batch: job ids are deterministic;
 * a notification in two batches is sent by the first, skipped by the second: its row is locked and marked sent).
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);

  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationsRepository,
    private readonly scheduler: NotificationScheduler,
    @Inject(REMINDER_SOURCES) private readonly sources: ReminderSource[],
  ) {}

  async sweep(now = new Date()): Promise<SweepReport> {
    const today = parisDate(now);
    const schools = await this.db.admin.find(School, { select: { id: true }, order: { id: 'ASC' } });
    const report: SweepReport = { today, schools: schools.length, due: 0, created: 0 };
    let scheduling = Promise.resolve();
    // SCHOOLS_AT_ONCE schools at a time: the database works on one while Node plans or schedules another.
    await forEachLimit(schools, SCHOOLS_AT_ONCE, async (school) => {
      const one = await this.recordSchool(school.id, now);
      report.due += one.due;
      report.created += one.created;
      // After the school's commit, while the next schools are computed (one scheduling at a time); if Redis is away,
      // the pump schedules them later.
      scheduling = scheduling.then(() => this.schedule(one.waiting, now));
    });
    await scheduling;
    this.logger.log(`reminder sweep ${today}: ${report.due} due, ${report.created} new notifications in ${report.schools} schools`);
    return report;
  }

  /**
   * The sweep of one school for the day of `now` (job `reminders.school`, after an event with a reminder changed): the
   * reminders already recorded are skipped, so only what the change made due is added.
   */
  async sweepSchool(schoolId: string, now = new Date()): Promise<SweepReport> {
    const one = await this.recordSchool(schoolId, now);
    await this.schedule(one.waiting, now);
    return { today: parisDate(now), schools: 1, due: one.due, created: one.created };
  }

  /**
   * In the school's transaction: every source's reminders due on the day of `now`, planned and recorded (keys already
   * there skipped). `waiting`: the notifications to schedule — the new ones, or, when some were there already (a sweep
   * run again, maybe after one killed before it scheduled them), all those of today's plan still scheduled.
   */
  private recordSchool(schoolId: string, now: Date): Promise<{ due: number; created: number; waiting: ScheduledRef[] }> {
    const today = parisDate(now);
    return this.db.inSchool(schoolId, async () => {
      const due = [];
      for (const source of this.sources) due.push(...(await source.dueOn(today)));
      const accounts = due.flatMap((r) => r.recipients.map((x) => x.accountId)).filter((id): id is string => id !== null);
      const planned = planNotifications(due, { today, now, mutedKinds: await this.notifications.mutedKinds(accounts) });
      const fresh = await this.notifications.insertNew(planned);
      const waiting = fresh.length < planned.length ? await this.notifications.scheduledAmong(planned.map((p) => p.key)) : fresh;
      return { due: due.length, created: fresh.length, waiting };
    });
  }

  /** Schedules the delivery of `refs` in batches; if Redis is away, the pump schedules them later. */
  private schedule(refs: readonly ScheduledRef[], now: Date): Promise<void> {
    return this.scheduler
      .scheduleInBatches(refs, now)
      .catch((err: Error) => this.logger.warn(`sweep: delivery not scheduled yet: ${err.message}`));
  }
}
