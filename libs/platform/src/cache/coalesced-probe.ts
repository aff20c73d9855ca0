/**
 * Runs `probe` one at a time, and lets every call resolve after a run that started after the call: a call made while a
 * run is in flight waits for it to end, then shares the next run with every other call made meanwhile. The change feed's
 * barrier (a `SELECT 1` on its one connection, which node-postgres would otherwise queue with a deprecation warning,
 * and pg 9 refuses) costs one query per burst of writes instead of one per write. A failed run resolves its callers too:
 * the probe's own caller decides what a failure means.
 */
export function coalescedProbe(probe: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const run = (): Promise<void> => {
    const current: Promise<void> = probe()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (running === current) running = null;
      });
    running = current;
    return current;
  };
  return () => {
    if (!running) return run();
    next ??= running.then(() => {
      next = null;
      return run();
    });
    return next;
  };
}
