import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db, School } from '@app/platform';
import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { parisDate } from '@app/platform/time/paris-time';
import { NotificationScheduler } from '../delivery/notification-scheduler';
import { NotificationsRepository, ScheduledRef } from '../notifications/notifications.repository';
import { planNotifications } from '../rules/notification-plan.rules';
import { REMINDER_SOURCES } from './reminder-sources';

/** What a sweep did. */
export interface SweepReport {
  today: string;
  schools: number;
  due: number;
  created: number;
}

/**
 * The daily sweep: school after school, every source's reminders due today (set-based statements), planned per
 * recipient and channel, recorded with their unique keys (those already there are skipped), then scheduled in bulk.
 * Run twice, or killed half-way and run again, it only adds what is missing.
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
    for (const school of schools) {
      const one = await this.sweepSchool(school.id, now);
      report.due += one.due;
      report.created += one.created;
    }
    this.logger.log(`reminder sweep ${today}: ${report.due} due, ${report.created} new notifications in ${report.schools} schools`);
    return report;
  }

  /**
   * The sweep of one school for the day of `now` (job `reminders.school`, after an event with a reminder changed): the
   * reminders already recorded are skipped, so only what the change made due is added.
   */
  async sweepSchool(schoolId: string, now = new Date()): Promise<SweepReport> {
    const today = parisDate(now);
    const report: SweepReport = { today, schools: 1, due: 0, created: 0 };
    const created: ScheduledRef[] = await this.db.inSchool(schoolId, async () => {
      const due = [];
      for (const source of this.sources) due.push(...(await source.dueOn(today)));
      report.due = due.length;
      const accounts = due.flatMap((r) => r.recipients.map((x) => x.accountId)).filter((id): id is string => id !== null);
      const planned = planNotifications(due, { today, now, mutedKinds: await this.notifications.mutedKinds(accounts) });
      return this.notifications.insertNew(planned);
    });
    report.created = created.length;
    // After the school's commit; if Redis is away, the pump schedules them later.
    await this.scheduler
      .schedule(created, now)
      .catch((err: Error) => this.logger.warn(`sweep: delivery not scheduled yet: ${err.message}`));
    return report;
  }
}
