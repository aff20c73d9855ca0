import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.service';
import { JobQueue } from '../queues/job-queue';

const MINUTE_MS = 60_000;

/**
 * Event-driven reminders: a service that creates, moves or cancels an event with a reminder (an interview, a course
 * session, a placement, an AFGSU session, a countersigned sheet) calls `changed()`. Once its transaction has committed,
 * a `reminders.school` job runs the school's reminders of the day again (notification keys are unique: nothing doubles;
 * a moved event gets a new key, the old reminder is cancelled at delivery). The job id is the school and the minute,
 * delayed to the end of that minute, so a burst of changes makes one run that sees them all. Best effort: if Redis is
 * away, the next daily sweep still finds what is due.
 */
@Injectable()
export class ReminderEvents {
  private readonly logger = new Logger(ReminderEvents.name);

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
  ) {}

  /** The job id and delay of a change at `now` in `schoolId`. */
  static job(schoolId: string, now: Date): { jobId: string; delay: number } {
    const minute = Math.floor(now.getTime() / MINUTE_MS);
    return { jobId: `reminders-school.${schoolId}.${minute}`, delay: (minute + 1) * MINUTE_MS + 1000 - now.getTime() };
  }

  /** The open tenant transaction's school changed an event with a reminder (no-op outside a school). */
  async changed(now = new Date()): Promise<void> {
    const schoolId = this.db.schoolId;
    if (!schoolId) return;
    const { jobId, delay } = ReminderEvents.job(schoolId, now);
    await this.db.afterCommit(() =>
      this.jobs
        .enqueueBulk('reminders.school', [{ payload: { schoolId }, jobId, delay }])
        .catch((err: Error) => this.logger.warn(`reminders of school ${schoolId} not enqueued: ${err.message}`)),
    );
  }
}
