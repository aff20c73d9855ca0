import { JobQueue } from '@app/platform';
import { DELIVERY_BATCH, NotificationScheduler } from './notification-scheduler';

type Enqueued = { payload: { notificationIds: string[]; schoolId: string }; jobId: string; delay?: number };

/** A JobQueue that only records what it is given (the real one is exercised end to end with Redis). */
function recordingQueue(): { queue: JobQueue; jobs: Enqueued[] } {
  const jobs: Enqueued[] = [];
  const queue = { enqueueBulk: async (_name: string, batch: Enqueued[]) => void jobs.push(...batch) } as unknown as JobQueue;
  return { queue, jobs };
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const now = new Date('2026-12-01T06:00:00Z');
const at7 = new Date('2026-12-01T06:00:00Z');
const at18 = new Date('2026-12-01T17:00:00Z');

describe('NotificationScheduler.scheduleInBatches', () => {
  it('makes one job per school and time, at most DELIVERY_BATCH notifications each, delayed to that time', async () => {
    const { queue, jobs } = recordingQueue();
    const refs = [
      ...Array.from({ length: DELIVERY_BATCH + 1 }, (_, i) => ({ id: id(i), schoolId: 'a', sendAt: at7 })),
      { id: id(900), schoolId: 'a', sendAt: at18 },
      { id: id(901), schoolId: 'b', sendAt: at18 },
    ];
    await new NotificationScheduler(queue).scheduleInBatches(refs, now);
    expect(jobs.map((j) => [j.payload.schoolId, j.payload.notificationIds.length, j.delay])).toEqual([
      ['a', DELIVERY_BATCH, 0],
      ['a', 1, 0],
      ['a', 1, 11 * 3600_000],
      ['b', 1, 11 * 3600_000],
    ]);
    expect(jobs.flatMap((j) => j.payload.notificationIds).sort()).toEqual(refs.map((r) => r.id).sort());
    expect(new Set(jobs.map((j) => j.jobId)).size).toBe(4);
  });

  it('gives the same notifications at the same time the same job id, whatever their order', async () => {
    const { queue, jobs } = recordingQueue();
    const scheduler = new NotificationScheduler(queue);
    const refs = [1, 2, 3].map((n) => ({ id: id(n), schoolId: 'a', sendAt: at7 }));
    await scheduler.scheduleInBatches(refs, now);
    await scheduler.scheduleInBatches([...refs].reverse(), now);
    await scheduler.scheduleInBatches(refs.slice(1), now); // another set: another job
    await scheduler.scheduleInBatches(
      refs.map((r) => ({ ...r, sendAt: at18 })),
      now,
    ); // another time: another job
    expect(jobs[0].jobId).toBe(jobs[1].jobId);
    expect(new Set(jobs.map((j) => j.jobId)).size).toBe(3);
  });

  it('schedules nothing for no notifications', async () => {
    const { queue, jobs } = recordingQueue();
    await new NotificationScheduler(queue).scheduleInBatches([], now);
    expect(jobs).toEqual([]);
  });
});
