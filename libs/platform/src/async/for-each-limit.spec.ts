import fc from 'fast-check';
import { forEachLimit } from './for-each-limit';

const tick = () => new Promise((r) => setImmediate(r));

describe('forEachLimit', () => {
  it('runs every item once, never more than the limit at a time, started in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (waits, limit) => {
        let running = 0;
        let most = 0;
        const started: number[] = [];
        await forEachLimit(waits, limit, async (wait, index) => {
          started.push(index);
          running++;
          most = Math.max(most, running);
          for (let i = 0; i < wait; i++) await tick();
          running--;
        });
        expect(started).toEqual(waits.map((_, i) => i));
        expect(most).toBeLessThanOrEqual(Math.min(limit, Math.max(waits.length, 1)));
        if (waits.length >= limit && waits.every((w) => w > 0)) expect(most).toBe(limit);
      }),
    );
  });

  it('resolves at once on no items', async () => {
    await expect(forEachLimit([], 3, () => Promise.reject(new Error('never')))).resolves.toBeUndefined();
  });

  it('stops starting items after a failure, waits for those running, then rejects with the first failure', async () => {
    const done: number[] = [];
    const failure = forEachLimit([0, 1, 2, 3, 4, 5], 2, async (item) => {
      await tick();
      if (item === 1) throw new Error('item 1 failed');
      await tick();
      done.push(item);
    });
    await expect(failure).rejects.toThrow('item 1 failed');
    expect(done).toEqual([0]); // 0 was running when 1 failed and finished; nothing started after the failure
  });

  it('refuses a limit that is not a whole number from 1', async () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      await expect(forEachLimit([1], limit, async () => undefined)).rejects.toThrow(RangeError);
    }
  });
});
