import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { Role, School } from '@app/platform';
import { ApplicationDocument } from '@app/enrolment';
import { MAX_DOCUMENTS_PER_APPLICATION } from '@app/enrolment/rules/file-guard.rules';
import { Cohort, Trainee } from '@app/training';
import { apply, candidateForm } from '../factories/application.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createSessionAt, createTrainee, currentVersion } from '../factories/training.factory';
import { DOCX, DOCX_ENTRIES, pdf, png, zip } from '../fixtures/files';
import { hostileUploads, HostileUpload } from '../fixtures/hostile-uploads';
import { openDataSource } from '../support/data-sources';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
const LIMIT = 4 * 1024 * 1024;
const UPLOAD_FOLDERS = ['applications', 'afgsu', 'justifications'];
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A sentence a French reader understands: French words, not a bare code or an English framework message. */
const FRENCH = /\b(le|la|les|du|de|des|un|une|est|votre|pour|fichiers?|nom)\b/i;
const SAFE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', DOCX];

interface UploadRoute {
  name: string;
  put: (body: Buffer, type: string, fileName: string) => request.Test;
  /** The code for a format the route does not recognise. */
  unsupported: string;
  takesWord: boolean;
}

/**
 * Hostile uploads (issue 10, item 5): every upload route — the candidate's public one (no account), the AFGSU scan,
 * the justification of an absence — is sent each file of test/fixtures/hostile-uploads.ts; each is refused with a
 * clear French 4xx and leaves nothing in the database or the storage. Then what is accepted is never reachable as
 * the client named it: random storage keys, downloads as attachments with nosniff and a safe type.
 */
describe('hostile uploads', () => {
  let t: TestApp;
  let school: School;
  let staff: Agent;
  let token: string;
  let email: string;
  let trainee: Trainee;
  let attestations: string[];
  let sessionId: string;
  let cohortId: string;

  /** The bytes as they are: superagent would otherwise serialise a Buffer sent as a form, byte by byte. */
  const named = (test: request.Test, type: string, fileName: string) =>
    test
      .set('content-type', type)
      .set('x-file-name', encodeURIComponent(fileName))
      .serialize((bytes) => bytes);
  const routes: UploadRoute[] = [
    {
      name: 'candidate document (public, no account)',
      put: (body, type, fileName) => named(t.http().put(`/api/v1/public/applications/${token}/documents/cv`), type, fileName).send(body),
      unsupported: 'UNSUPPORTED_TYPE',
      takesWord: true,
    },
    {
      name: 'AFGSU attestation scan (staff)',
      put: (body, type, fileName) =>
        named(staff.put(`/api/v1/trainees/${trainee.id}/afgsu/attestations/${attestations[0]}/document`), type, fileName).send(body),
      unsupported: 'UNSUPPORTED_DOCUMENT',
      takesWord: false,
    },
    {
      name: 'justification of an absence (staff)',
      put: (body, type, fileName) =>
        named(staff.put(`/api/v1/sessions/${sessionId}/attendance/${trainee.id}/document`), type, fileName).send(body),
      unsupported: 'UNSUPPORTED_DOCUMENT',
      takesWord: false,
    },
  ];

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_LIMIT_BYTES: LIMIT });
    school = await createSchool(t.db.admin);
    const cohort: Cohort = await createCohort(t.db.admin, school.id, {
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      applicationsOpen: true,
    });
    cohortId = cohort.id;
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    ({ token, email } = await apply(t, candidateForm(school.slug, cohort.id)));
    trainee = (await createTrainee(t.db.admin, cohort, school)).trainee;
    for (const issuingCentre of ['CESU 13', 'CESU 69']) {
      const prior = { level: 2, kind: 'prior', issuingCentre, issuedOn: '2025-06-02' };
      await staff.post(`/api/v1/trainees/${trainee.id}/afgsu/attestations`).send(prior).expect(201);
    }
    const afgsu = (await staff.get(`/api/v1/trainees/${trainee.id}/afgsu`)).body.attestations as { id: string }[];
    attestations = afgsu.map((a) => a.id);
    const blockId = (await currentVersion(t.db.admin)).blocks![0].id;
    sessionId = (await createSessionAt(t.db.admin, cohort, blockId, new Date(Date.now() + 86_400_000), 60)).id;
    await staff
      .put(`/api/v1/sessions/${sessionId}/attendance/${trainee.id}`)
      .send({ status: 'excused', justification: 'Arrêt de travail' })
      .expect(200);
  });
  afterAll(() => t.close());

  /** Every file under the upload folders of the storage, by path. */
  const storedFiles = () =>
    readdirSync(t.config.STORAGE_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(t.config.STORAGE_DIR, path.join(e.parentPath, e.name)))
      .filter((f) => UPLOAD_FOLDERS.includes(f.split(path.sep)[0]))
      .sort();

  /** What an upload writes: document rows, scans and justifications attached, audit entries, stored files. */
  const snapshot = async () => {
    const [rows] = await t.db.admin.query(
      `SELECT (SELECT count(*) FROM application_documents WHERE school_id = $1)::int AS documents,
              (SELECT count(*) FROM afgsu_attestations WHERE school_id = $1 AND document_key IS NOT NULL)::int AS scans,
              (SELECT count(*) FROM attendance_records WHERE school_id = $1 AND justification_document_key IS NOT NULL)::int AS justifications,
              (SELECT count(*) FROM audit_events WHERE school_id = $1)::int AS audit`,
      [school.id],
    );
    return { ...rows, files: storedFiles() };
  };

  const expectRefusal = async (res: request.Response, [status, code]: [number, string], before: unknown) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body).toEqual(expect.objectContaining({ statusCode: status, message: expect.stringMatching(FRENCH) }));
    expect(await snapshot()).toEqual(before);
  };

  const cases = hostileUploads(LIMIT);
  it('tries at least twelve hostile files', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  describe.each(routes.map((r) => [r.name, r] as const))('%s', (_name, route: UploadRoute) => {
    it.each(cases.map((c) => [c.what, c] as const))('refuses %s, writing nothing', async (_what, hostile: HostileUpload) => {
      const refusal = route.takesWord ? hostile.refusal : (hostile.refusalWithoutWord ?? hostile.refusal);
      const before = await snapshot();
      const res = await route.put(hostile.body(), hostile.type, hostile.name);
      await expectRefusal(res, refusal === 'unsupported' ? [415, route.unsupported] : refusal, before);
    });
  });

  it('refuses a duplicate of a file already uploaded (candidate: any piece of the file; AFGSU: any attestation of the trainee)', async () => {
    const cv = pdf('% CV de Zoé Durand\n');
    await routes[0].put(cv, 'application/pdf', 'CV Zoé.pdf').expect(200);
    const put = (kind: string) =>
      t
        .http()
        .put(`/api/v1/public/applications/${token}/documents/${kind}`)
        .set('content-type', 'application/pdf')
        .set('x-file-name', 'lettre.pdf')
        .send(cv);
    let before = await snapshot();
    for (const kind of ['cv', 'cover_letter']) {
      const res = await put(kind);
      await expectRefusal(res, [409, 'DUPLICATE_DOCUMENT'], before);
      expect(res.body.message).toContain('« CV »');
    }
    const scan = pdf('% Attestation AFGSU 2, CESU 13\n');
    await routes[1].put(scan, 'application/pdf', 'afgsu.pdf').expect(200);
    before = await snapshot();
    const again = staff
      .put(`/api/v1/trainees/${trainee.id}/afgsu/attestations/${attestations[1]}/document`)
      .set('content-type', 'application/pdf')
      .send(scan);
    await expectRefusal(await again, [409, 'DUPLICATE_DOCUMENT'], before);
  });

  it('refuses a document past MAX_DOCUMENTS_PER_APPLICATION: a candidate’s link cannot fill the storage', async () => {
    const other = await apply(t, candidateForm(school.slug, cohortId));
    const put = (n: number) =>
      t
        .http()
        .put(`/api/v1/public/applications/${other.token}/documents/funding`)
        .set('content-type', 'application/pdf')
        .send(pdf(`% justificatif ${n}\n`));
    for (let n = 1; n <= MAX_DOCUMENTS_PER_APPLICATION; n++) await put(n).expect(200);
    const before = await snapshot();
    await expectRefusal(await put(0), [409, 'TOO_MANY_DOCUMENTS'], before);
  });

  it('removes the stored file when the transaction that was to keep it fails (a fault injected in PostgreSQL)', async () => {
    const owner = await openDataSource(t.config, 'owner');
    const faults = [
      ['application_documents', 'INSERT', "NEW.file_name = 'panne.pdf'"],
      ['afgsu_attestations', 'UPDATE', "NEW.document_name = 'panne.pdf'"],
      ['attendance_records', 'UPDATE', "NEW.justification_document_type = 'application/pdf'"],
    ];
    try {
      await owner.query(
        `CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'panne simulée'; END $$`,
      );
      for (const [table, event, when] of faults) {
        await owner.query(
          `CREATE TRIGGER test_fault BEFORE ${event} ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION test_fault()`,
        );
      }
      for (const route of routes) {
        const before = await snapshot();
        const res = await route.put(pdf(`% panne ${route.name}\n`), 'application/pdf', 'panne.pdf');
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 500, code: 'INTERNAL_ERROR' });
        expect(await snapshot()).toEqual(before);
      }
    } finally {
      for (const [table] of faults) await owner.query(`DROP TRIGGER IF EXISTS test_fault ON ${table}`);
      await owner.query('DROP FUNCTION IF EXISTS test_fault()');
      await owner.destroy();
    }
  });

  it('keeps what it accepts under random keys, never the client’s name, and serves it only as a download', async () => {
    await t
      .http()
      .put(`/api/v1/public/applications/${token}/documents/cover_letter`)
      .set('content-type', 'application/octet-stream')
      .set('x-file-name', encodeURIComponent('Lettre de motivation.docx'))
      .send(zip(DOCX_ENTRIES))
      .expect(200);
    const scanned = await t
      .http()
      .put(`/api/v1/public/applications/${token}/documents/diploma`)
      .set('content-type', 'image/png')
      .set('x-file-name', 'scan')
      .send(png())
      .expect(200);
    expect(scanned.body.checklist.find((c: { kind: string }) => c.kind === 'diploma').fileName).toBe('scan.png');
    await routes[2].put(png(['justificatif']), 'image/png', 'arret.png').expect(200);

    const id = (await staff.get(`/api/v1/applications?q=${encodeURIComponent(email)}`)).body.items[0].id;
    const documents = await t.db.admin.findBy(ApplicationDocument, { applicationId: id });
    expect(documents.map((d) => d.kind).sort()).toEqual(['cover_letter', 'cv', 'diploma']);
    for (const d of documents) expect(d.storageKey).toMatch(new RegExp(`^applications/${school.id}/${UUID}$`));
    const files = storedFiles();
    expect(files).toEqual(expect.arrayContaining(documents.map((d) => path.join(...d.storageKey.split('/')))));
    for (const f of files) expect(path.basename(f)).toMatch(new RegExp(`^${UUID}$`));

    for (const d of documents) {
      for (const inline of ['', '?inline=true']) {
        const res = await staff.get(`/api/v1/applications/${id}/documents/${d.id}/file${inline}`).buffer(true);
        expectSafeDownload(res, d.contentType, inline !== '' && d.contentType !== DOCX ? 'inline' : 'attachment');
      }
      // The storage folder is served by no route, whatever the path.
      for (const url of [`/${d.storageKey}`, `/storage/${d.storageKey}`, `/api/v1/${d.storageKey}`, `/api/v1/files/${d.storageKey}`]) {
        const res = await staff.get(url);
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
      }
    }
    const scan = await staff.get(`/api/v1/trainees/${trainee.id}/afgsu/attestations/${attestations[0]}/document`).buffer(true);
    expectSafeDownload(scan, 'application/pdf', 'attachment');
    expect(scan.headers['content-disposition']).toContain("filename*=UTF-8''afgsu.pdf");
    const justification = await staff.get(`/api/v1/sessions/${sessionId}/attendance/${trainee.id}/document`).buffer(true);
    expectSafeDownload(justification, 'image/png', 'attachment');
    expect(justification.headers['content-disposition']).toBe('attachment; filename="justificatif.png"');
  });
});

function expectSafeDownload(res: request.Response, type: string, disposition: 'inline' | 'attachment'): void {
  expect(res.status).toBe(200);
  expect(SAFE_TYPES).toContain(res.headers['content-type']);
  expect(res.headers['content-type']).toBe(type);
  expect(res.headers['content-disposition'].split(';')[0]).toBe(disposition);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['cache-control']).toBe('private, no-store');
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
}
