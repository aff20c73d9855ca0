import { Injectable } from '@nestjs/common';
import { JobQueue } from '@app/platform';
import { ScheduledRef } from '../notifications/notifications.repository';

/**
 * Schedules the delivery of notifications: one `reminders.deliver` job each, delayed to its time, with a job id made
 * of the notification and its time, so scheduling it again (the pump, a second sweep) is a no-op.
 */
@Injectable()
export class NotificationScheduler {
  constructor(private readonly jobs: JobQueue) {}

  static jobId(ref: Pick<ScheduledRef, 'id' | 'sendAt'>, again?: string): string {
    return `notification.${ref.id}.${ref.sendAt.getTime()}${again ? `.${again}` : ''}`;
  }

  /** `again`: a suffix for a job that must be queued anew though one with the same time exists (an early run, a retry). */
  async schedule(refs: readonly ScheduledRef[], now = new Date(), again?: string): Promise<void> {
    await this.jobs.enqueueBulk(
      'reminders.deliver',
      refs.map((ref) => ({
        payload: { notificationId: ref.id, schoolId: ref.schoolId },
        jobId: NotificationScheduler.jobId(ref, again),
        delay: ref.sendAt.getTime() - now.getTime(),
      })),
    );
  }
}
