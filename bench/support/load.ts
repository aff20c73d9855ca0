import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** One load run: what to ask, how hard, and whose memory to watch. */
export interface LoadOptions {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  base: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
  /** Seconds of measured load (after `warmup` seconds not measured). */
  duration: number;
  warmup?: number;
  connections: number;
  /** Requests per second in all (autocannon's overallRate); unlimited when absent. */
  rate?: number;
  /** A fixed list of requests, cycled through by each connection (e.g. one per trainee). */
  requests?: { method?: string; path: string; headers?: Record<string, string>; body?: string }[];
  /** The server process whose resident memory is sampled (its peak is reported). */
  pid?: number;
}

/** What a benchmark prints for each run. */
export interface LoadResult {
  name: string;
  'req/s': number;
  'p50 ms': number;
  'p95 ms': number;
  'p99 ms': number;
  requests: number;
  errors: number;
  'peak RSS MB': number | null;
}

/** Resident memory of `pid` in MB (Linux /proc), null when it cannot be read. */
export function rssMb(pid: number): number | null {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples the resident memory of `pid` every 50 ms until stopped; returns the peak in MB. */
export function watchRss(pid: number | undefined): () => number | null {
  if (!pid) return () => null;
  let peak = rssMb(pid) ?? 0;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid) ?? 0)), 50);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, rssMb(pid) ?? 0));
  };
}

/** The `q`-th quantile (0..1) of sorted `values`, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function once(options: LoadOptions, seconds: number, latencies: number[] | null): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        duration: seconds,
        connections: options.connections,
        overallRate: options.rate,
        method: options.method ?? 'GET',
        headers: options.headers,
        body: options.body,
        requests: options.requests ?? [
          { method: options.method ?? 'GET', path: options.path, headers: options.headers, body: options.body },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (latencies) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
}

/**
 * Runs `options` (a warm-up first, not measured) and returns req/s, p50/p95/p99 latency (every response's, exact),
 * errors (connection errors, timeouts and non-2xx answers) and the peak resident memory of `options.pid`.
 */
export async function load(name: string, options: LoadOptions): Promise<LoadResult> {
  if (options.warmup) await once(options, options.warmup, null);
  const latencies: number[] = [];
  const stopWatching = watchRss(options.pid);
  const result = await once(options, options.duration, latencies);
  const peak = stopWatching();
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': round(quantile(latencies, 0.5)),
    'p95 ms': round(quantile(latencies, 0.95)),
    'p99 ms': round(quantile(latencies, 0.99)),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    'peak RSS MB': peak,
  };
}
