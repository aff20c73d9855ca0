import { EntityManager } from 'typeorm';
import { Account, Role, School } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { CertificationVersion } from '@app/referential';
import { Cohort, Trainee } from '@app/training';
import { createAccount, createSchool } from '../../factories/school.factory';
import { createCohort, createTrainee } from '../../factories/training.factory';
import { CountedRequest, signIn } from '../../support/statement-count';
import { TestApp } from '../../support/test-app';

/** What a case builds: a school showing some rows of what the route lists, the URL, and who reads it. */
export interface Seeded {
  url: string;
  /** The reader's session cookie; none for public routes. */
  cookie?: string;
}

/** How a list route is exercised. */
export interface Case {
  /** Builds a school showing `rows` of what the route lists (at least: a page of them for a paginated route). */
  seed: (rows: number) => Promise<Seeded>;
  /** The rows the answer shows (by default its items, its array, its CSV lines or its calendar events). */
  rows?: (res: CountedRequest) => number;
  /** The small and the large number of rows, when the rules allow fewer than the default large one. */
  sizes?: [number, number];
}

export type Body = Record<string, unknown> & { id: string };

/** A school with its administrator signed in. */
export interface Tenant {
  school: School;
  admin: Account;
  cookie: string;
}

/** What the cases build with: the running app, its admin connection, the current version and a few builders. */
export interface CaseContext {
  t: TestApp;
  m: EntityManager;
  version: CertificationVersion;
  today: string;
  block: (code: string) => string;
  tenant: () => Promise<Tenant>;
  /** A request of the setup, through the API (its rules apply); throws unless it succeeds. */
  send: (cookie: string, method: 'post' | 'put', url: string, body?: object) => Promise<Body>;
  /** A cohort running from 400 days ago to 400 days from now. */
  running: (school: School, overrides?: Partial<Cohort>) => Promise<Cohort>;
  trainees: (school: School, cohort: Cohort, n: number) => Promise<Trainee[]>;
  /** A trainee of the cohort, signed in. */
  traineeSession: (school: School, cohort: Cohort) => Promise<{ trainee: Trainee; traineeCookie: string }>;
}

/** Fills `context` (handed to the cases when they were declared) once the app runs. */
export function fillContext(context: CaseContext, t: TestApp, version: CertificationVersion): void {
  const m = t.db.admin;
  const today = parisDate(new Date());
  Object.assign(context, {
    t,
    m,
    version,
    today,
    block: (code: string) => version.blocks!.find((b) => b.code === code)!.id,
    tenant: async () => {
      const school = await createSchool(m);
      const admin = await createAccount(m, school, Role.SchoolAdmin);
      return { school, admin, cookie: await signIn(t, admin.email) };
    },
    send: async (cookie: string, method: 'post' | 'put', url: string, body: object = {}) => {
      const res = await t.http()[method](url).set('cookie', cookie).send(body);
      if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as Body;
    },
    running: (school: School, overrides: Partial<Cohort> = {}) =>
      createCohort(m, school.id, { startDate: addDays(today, -400), endDate: addDays(today, 400), capacity: 40, ...overrides }),
    trainees: async (school: School, cohort: Cohort, n: number) => {
      const list: Trainee[] = [];
      for (let i = 0; i < n; i++) list.push((await createTrainee(m, cohort, school)).trainee);
      return list;
    },
    traineeSession: async (school: School, cohort: Cohort) => {
      const { trainee, account } = await createTrainee(m, cohort, school);
      return { trainee, traineeCookie: await signIn(t, account.email) };
    },
  } satisfies CaseContext);
}

/** `build` once per number of rows: the cases reading the same kind of school share it (they only read it). */
export function shared<T>(build: (n: number) => Promise<T>): (n: number) => Promise<T> {
  const built = new Map<number, Promise<T>>();
  return (n) => {
    if (!built.has(n)) built.set(n, build(n));
    return built.get(n)!;
  };
}

/** The rows of an answer: a page's items, an array, a calendar's events or a CSV file's lines after its header. */
export function rowsOf(res: CountedRequest): number {
  const body = res.body as { items?: unknown[] } | unknown[] | undefined;
  if (Array.isArray(body)) return body.length;
  if (body?.items) return body.items.length;
  if (res.text.startsWith('BEGIN:VCALENDAR')) return res.text.split('BEGIN:VEVENT').length - 1;
  return (
    res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/).length - 1
  );
}
