import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JobQueue } from '@app/platform';
import { ScheduledRef } from '../notifications/notifications.repository';

/** At most this many notifications in one `reminders.deliver-many` job. */
export const DELIVERY_BATCH = 250;

/**
 * Schedules the delivery of notifications, with deterministic job ids so that scheduling again the same notifications
 * at the same time (the pump, a second sweep) is a no-op:
 * - `scheduleInBatches` (the sweep): one `reminders.deliver-many` job per school, time and DELIVERY_BATCH notifications
 *   — one Redis job per notification cost the sweep most of its time (bench/reminders-sweep.ts);
 * - `schedule` (a retry, a held e-mail, the pump): one `reminders.deliver` job per notification.
 */
@Injectable()
export class NotificationScheduler {
  constructor(private readonly jobs: JobQueue) {}

  static jobId(ref: Pick<ScheduledRef, 'id' | 'sendAt'>, again?: string): string {
    return `notification.${ref.id}.${ref.sendAt.getTime()}${again ? `.${again}` : ''}`;
  }

  /** The id of the job sending `ids` (sorted) of `schoolId` at `sendAt`: the same notifications give the same id. */
  static batchId(schoolId: string, sendAt: Date, ids: readonly string[]): string {
    const digest = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 24);
    return `notifications.${schoolId}.${sendAt.getTime()}.${digest}`;
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

  /** Schedules `refs` grouped by school and time, DELIVERY_BATCH notifications per job at most. */
  async scheduleInBatches(refs: readonly ScheduledRef[], now = new Date()): Promise<void> {
    const groups = new Map<string, { schoolId: string; sendAt: Date; ids: string[] }>();
    for (const ref of refs) {
      const group = `${ref.schoolId}.${ref.sendAt.getTime()}`;
      let g = groups.get(group);
      if (!g) groups.set(group, (g = { schoolId: ref.schoolId, sendAt: ref.sendAt, ids: [] }));
      g.ids.push(ref.id);
    }
    const jobs = [...groups.values()].flatMap(({ schoolId, sendAt, ids }) => {
      const sorted = [...ids].sort();
      return Array.from({ length: Math.ceil(sorted.length / DELIVERY_BATCH) }, (_, i) => {
        const batch = sorted.slice(i * DELIVERY_BATCH, (i + 1) * DELIVERY_BATCH);
        return {
          payload: { notificationIds: batch, schoolId },
          jobId: NotificationScheduler.batchId(schoolId, sendAt, batch),
          delay: sendAt.getTime() - now.getTime(),
        };
      });
    });
    await this.jobs.enqueueBulk('reminders.deliver-many', jobs);
  }
}
