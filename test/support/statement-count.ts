import { AsyncLocalStorage } from 'node:async_hooks';
import { Client } from 'pg';
import { SESSION_COOKIE } from '@app/platform/auth/auth.guard';
import { CHANGE_FEED_NAME } from '@app/platform/cache/change-feed';
import { ReadCache } from '@app/platform/cache/read-cache';
import { TEST_PASSWORD } from '../factories/school.factory';
import { TestApp } from './test-app';

/** One request as the API answered it, with the SQL statements it sent to PostgreSQL, in order. */
export interface CountedRequest {
  status: number;
  body: unknown;
  /** The raw body (CSV exports). */
  text: string;
  statements: string[];
}

/** The statements of the request being counted: set around it, inherited by everything it starts, and by nothing else. */
const current = new AsyncLocalStorage<string[]>();

const sqlOf = (config: unknown): string =>
  typeof config === 'string' ? config : String((config as { text?: unknown } | null)?.text ?? '(prepared statement)');

/** The session cookie of `email` (password TEST_PASSWORD), for `countStatements`. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await t.api.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`));
  if (res.statusCode !== 200 || !cookie) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
  return cookie.split(';')[0];
}

/**
 * Runs `work` and returns the SQL statements it sent to PostgreSQL, counted on pg's `Client.query` itself: on every
 * connection, and only what `work` started (its asynchronous context), nothing of the worker or of other work meanwhile.
 * Start `work` from here (e.g. `t.api.inject(...)`, which runs the request in this process, without a socket).
 */
export async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const query = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    // The test app's wait for the change notifications (test-app.ts) is not the request's work.
    if (
      (this as Client & { connectionParameters: { application_name?: string } }).connectionParameters.application_name !== CHANGE_FEED_NAME
    )
      current.getStore()?.push(sqlOf(args[0]));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query);
  try {
    // Started from an async function, whose own context carries the list to all the work does (started from a plain
    // callback, its statements were seen outside it).
    const result = await current.run(statements, async () => work());
    return { result, statements: [...statements] };
  } finally {
    spy.mockRestore();
  }
}

/**
 * GETs `url` with the session `cookie` (none: a public route) and returns the SQL statements the API sent to answer it
 * (see `statementsOf`). It is sent once before, uncounted, so that what a running server keeps in memory (the
 * referential) is loaded.
 */
export async function countStatements(t: TestApp, cookie: string | undefined, url: string): Promise<CountedRequest> {
  const headers = cookie ? { cookie } : {};
  await t.api.inject({ method: 'GET', url, headers });
  // What the request costs when computed: nothing served from the read cache (the session, a progress, a dashboard).
  t.api.get(ReadCache).clear();
  const { result: res, statements } = await statementsOf(() => t.api.inject({ method: 'GET', url, headers }));
  // Every route reads a session, a school or a token at least: none counted means the spy saw nothing, not a free request.
  if (statements.length === 0) throw new Error(`GET ${url}: no SQL statement counted`);
  const json = /json/.test(String(res.headers['content-type'])) ? (res.json() as unknown) : undefined;
  return { status: res.statusCode, body: json, text: res.body, statements };
}

/**
 * The statements `many` sent more often than `few`, with how many more times: what an N+1 looks like, to name it when
 * a count grows. Parameter lists and numbers are folded: `IN ($1, $2)` and `IN ($1)`, `LIMIT 5` and `LIMIT 25` are alike.
 */
export function repeatedStatements(few: string[], many: string[]): string[] {
  const fold = (sql: string) =>
    sql
      .replace(/\$\d+(\s*,\s*\$\d+)*/g, '$…')
      .replace(/\b\d+\b/g, 'n')
      .replace(/\s+/g, ' ');
  const tally = (list: string[]) => list.map(fold).reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());
  const [a, b] = [tally(few), tally(many)];
  return [...b].filter(([sql, n]) => n > (a.get(sql) ?? 0)).map(([sql, n]) => `${n - (a.get(sql) ?? 0)} × ${sql}`);
}
