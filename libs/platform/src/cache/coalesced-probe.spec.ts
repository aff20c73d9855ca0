import { coalescedProbe } from './coalesced-probe';

/** A probe whose runs the test ends one by one, recording when each started. */
function controlledProbe() {
  const runs: { started: number; end: () => void; fail: () => void }[] = [];
  let clock = 0;
  const probe = () =>
    new Promise<void>((resolve, reject) => {
      runs.push({ started: clock++, end: resolve, fail: () => reject(new Error('lost')) });
    });
  return { runs, probe, tick: () => clock++ };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('coalescedProbe', () => {
  it('runs at once when nothing runs', async () => {
    const { runs, probe } = controlledProbe();
    const barrier = coalescedProbe(probe);
    const done = barrier();
    expect(runs).toHaveLength(1);
    runs[0].end();
    await expect(done).resolves.toBeUndefined();
  });

  it('never runs two at once: calls made during a run share one next run, started after it ends', async () => {
    const { runs, probe } = controlledProbe();
    const barrier = coalescedProbe(probe);
    const resolved: string[] = [];
    const track = (name: string, p: Promise<void>) => p.then(() => resolved.push(name));
    void track('first', barrier());
    const waiting = ['a', 'b', 'c'].map((name) => track(name, barrier()));
    await settle();
    expect(runs).toHaveLength(1);
    runs[0].end();
    await settle();
    // The first call is done; the three made during its run wait for a run of their own, started now.
    expect(resolved).toEqual(['first']);
    expect(runs).toHaveLength(2);
    void track('d', barrier()); // made during the second run: a third one
    runs[1].end();
    await Promise.all(waiting);
    expect(resolved).toEqual(['first', 'a', 'b', 'c']);
    await settle();
    expect(runs).toHaveLength(3);
    runs[2].end();
    await settle();
    expect(resolved).toEqual(['first', 'a', 'b', 'c', 'd']);
  });

  it('resolves its callers when a run fails, and runs again on the next call', async () => {
    const { runs, probe } = controlledProbe();
    const barrier = coalescedProbe(probe);
    const first = barrier();
    runs[0].fail();
    await expect(first).resolves.toBeUndefined();
    const second = barrier();
    expect(runs).toHaveLength(2);
    runs[1].end();
    await expect(second).resolves.toBeUndefined();
  });
});
