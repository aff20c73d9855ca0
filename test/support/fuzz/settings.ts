/** The fuzzing run's seed and size: fixed by default (CI), overridden with FUZZ_SEED / FUZZ_RUNS to explore. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261130);
/** Inputs generated for each route. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** A route's own seed: its inputs do not change when routes are added or removed elsewhere. */
export function seedFor(key: string, seed = FUZZ_SEED): number {
  let hash = seed | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
