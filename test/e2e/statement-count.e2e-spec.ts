import { writeFileSync } from 'node:fs';
import { buildOpenApi } from '../../apps/api/src/openapi';
import { currentVersion } from '../factories/training.factory';
import { ListRoute, listRoutes } from '../support/list-routes';
import { CountedRequest, countStatements, repeatedStatements } from '../support/statement-count';
import { startTestApp, TestApp } from '../support/test-app';
import { admissionsCases } from './statement-count/admissions.cases';
import { afgsuCases } from './statement-count/afgsu.cases';
import { assessmentCases } from './statement-count/assessment.cases';
import { Case, CaseContext, fillContext, rowsOf, Seeded } from './statement-count/case';
import { internshipCases } from './statement-count/internship.cases';
import { platformCases } from './statement-count/platform.cases';
import { trainingCases } from './statement-count/training.cases';

/** Rows of the small and of the large school; a page of PAGE rows against a page of MANY. */
const FEW = 2;
const MANY = 25;
const PAGE = 5;

/**
 * Dashboards and boards: one answer listing rows of several kinds (no page, no array at the top), named here since
 * the OpenAPI document cannot tell them from a single record.
 */
const BOARDS = [
  '/api/v1/cohorts/{id}/dashboard',
  '/api/v1/sessions/{id}/attendance',
  '/api/v1/afgsu/sessions/{id}',
  '/api/v1/exam-sessions/{id}',
  '/api/v1/exam-sessions/{id}/blocks/{blockId}/marks',
  '/api/v1/juries/{id}',
  '/api/v1/placement-board',
];

/** List routes this test does not exercise, and why: none grows with a school's data. */
const NOT_EXERCISED: Record<string, string> = {
  '/api/v1/referential/versions': 'the certification versions: referential data shared by every school (two), not rows a school adds',
  '/api/v1/referential/versions/{id}/settings': 'the rule settings of a version: a fixed catalogue',
  '/api/v1/me/notification-preferences': 'one line per kind of the reminder catalogue, whatever the data',
  '/api/v1/applications/{id}/positioning': 'one proposal per block or module of the referential, whatever the data',
  '/api/v1/trainees/{traineeId}/prior-validations': 'one validation per competency block at most (four): the rules refuse a second',
  '/api/v1/placements/{id}/conventions':
    'the versions of one placement’s convention: each avenant needs the previous version signed by its three parties through their links (no factory signs); a handful per placement',
};

/** Filled once the app runs; the cases only read it when they build their schools. */
const context = {} as CaseContext;
const CASES: Record<string, Case> = {
  ...platformCases(context),
  ...trainingCases(context),
  ...admissionsCases(context),
  ...afgsuCases(context),
  ...assessmentCases(context),
  ...internshipCases(context),
};

/**
 * N+1 guards. Every GET route answering a list (from the OpenAPI document: pages, arrays, CSV exports, calendar
 * feeds) and every board answers with as many SQL statements for many rows as for a few: a paginated route for a page
 * of PAGE rows and one of MANY, the others for a school of FEW rows and one of MANY. A new list route fails the first
 * test until it is covered here or listed in NOT_EXERCISED with its reason.
 */
describe('N+1 guards: SQL statements per request on every list, dashboard and board', () => {
  let t: TestApp;
  let routes: ListRoute[];
  /** Statements per route, written to the file STATEMENT_COUNTS names (a Markdown table's rows), when it does. */
  const measured: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    fillContext(context, t, await currentVersion(t.db.admin));
    routes = listRoutes(buildOpenApi(t.api));
  });
  afterAll(async () => {
    if (process.env.STATEMENT_COUNTS) writeFileSync(process.env.STATEMENT_COUNTS, measured.join('\n') + '\n');
    await t.close();
  });

  it('covers every list route of the API and every board, or says why not', () => {
    const lists = routes.map((r) => r.path);
    expect(lists.length).toBeGreaterThan(30);
    expect(lists.filter((path) => !(path in CASES) && !(path in NOT_EXERCISED))).toEqual([]);
    // Nothing named here that the API no longer has; a board is no list, and is covered.
    const all = Object.keys(buildOpenApi(t.api).paths);
    expect([...Object.keys(CASES), ...Object.keys(NOT_EXERCISED)].filter((path) => !all.includes(path))).toEqual([]);
    expect(Object.keys(CASES).filter((path) => !lists.includes(path) && !BOARDS.includes(path))).toEqual([]);
    expect(BOARDS.filter((path) => lists.includes(path) || !(path in CASES))).toEqual([]);
  });

  for (const [path, c] of Object.entries(CASES)) {
    it(`GET ${path}: as many statements for many rows as for a few`, async () => {
      const paginated = routes.find((r) => r.path === path)?.paginated ?? false;
      const [few, many] = paginated ? await pages(c) : await schools(c);
      const [fewRows, manyRows] = [(c.rows ?? rowsOf)(few), (c.rows ?? rowsOf)(many)];
      if (paginated) expect([fewRows, manyRows]).toEqual([PAGE, MANY]);
      else {
        expect(fewRows).toBeGreaterThan(0);
        expect(manyRows).toBeGreaterThan(fewRows);
        expect(manyRows).toBeGreaterThanOrEqual((c.sizes ?? [FEW, MANY])[1]);
      }
      const sizes = paginated ? `pageSize ${PAGE} / ${MANY}` : `${fewRows} / ${manyRows} rows`;
      measured.push(`| \`${path}\` | ${sizes} | ${few.statements.length} | ${many.statements.length} |`);
      // On a difference, the statements sent more often for more rows name the N+1.
      const repeated = many.statements.length === few.statements.length ? [] : repeatedStatements(few.statements, many.statements);
      expect({ path, statements: many.statements.length, repeated }).toEqual({ path, statements: few.statements.length, repeated: [] });
    });
  }

  /** One school of MANY rows, read a page of PAGE rows, then a page of MANY. */
  async function pages(c: Case): Promise<[CountedRequest, CountedRequest]> {
    const s = await c.seed(MANY);
    const page = (size: number) => read(s, `${s.url}${s.url.includes('?') ? '&' : '?'}pageSize=${size}`);
    return [await page(PAGE), await page(MANY)];
  }

  /** A school of few rows and one of many, each read whole. */
  async function schools(c: Case): Promise<[CountedRequest, CountedRequest]> {
    const [few, many] = c.sizes ?? [FEW, MANY];
    const [small, large] = [await c.seed(few), await c.seed(many)];
    return [await read(small, small.url), await read(large, large.url)];
  }

  async function read(s: Seeded, url: string): Promise<CountedRequest> {
    const res = await countStatements(t, s.cookie, url);
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${res.text}`);
    return res;
  }
});
