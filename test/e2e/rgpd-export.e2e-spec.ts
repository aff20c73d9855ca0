import { inflateRawSync } from 'node:zlib';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AuditEvent, Role, School } from '@app/platform';
import { checkZipArchive, dataStart } from '@app/platform/files/zip-archive.rules';
import { Trainee } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { loginOwners, seedSchoolWorld, SchoolWorld } from '../support/school-world';
import { startTestApp, TestApp } from '../support/test-app';

/** The bytes of a response, whatever its type. */
const binary = (test: request.Test) =>
  test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The files of a ZIP by name (read with the product's own archive check, then zlib). */
function unzip(archive: Buffer): Map<string, Buffer> {
  const check = checkZipArchive(archive, { maxEntries: 100, maxUncompressedBytes: 1e9, maxRatio: 1e6, minRatioCheckedBytes: 1e9 });
  if (!check.ok) throw new Error(check.message);
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  return new Map(
    check.entries.map((e) => {
      const data = archive.subarray(dataStart(view, e), dataStart(view, e) + e.compressedSize);
      return [Buffer.from(e.name, 'latin1').toString('utf8'), e.method === 8 ? inflateRawSync(data) : Buffer.from(data)];
    }),
  );
}

const pdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`);

/**
 * A trainee's data export (RGPD): the trainee's own, and staff's on a written request (audited); everything the product
 * holds about them in donnees.json and their files from storage, byte for byte; nothing of another school.
 */
describe('RGPD data export', () => {
  let t: TestApp;
  let school: School;
  let world: SchoolWorld;
  let trainee: TestAgent;
  let archive: Map<string, Buffer>;
  let data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    world = await seedSchoolWorld(t, school);
    ({ trainee } = await loginOwners(t, school, world));
    const { admin, ids } = world;
    // The application the world's candidate sent is this trainee's; an absence justified with a document; an AFGSU scan.
    await t.db.admin.query(`UPDATE applications SET trainee_id = $1 WHERE id = $2`, [world.trainee.id, ids.applications]);
    await admin
      .put(`/api/v1/sessions/${ids.sessions}/attendance/${world.trainee.id}`)
      .send({ status: 'excused', justification: 'Rendez-vous médical' })
      .expect(200);
    const upload = (url: string, bytes: Buffer, name: string) =>
      admin
        .put(url)
        .set('content-type', 'application/pdf')
        .set('x-file-name', encodeURIComponent(name))
        .serialize((b) => b)
        .send(bytes);
    await upload(`/api/v1/sessions/${ids.sessions}/attendance/${world.trainee.id}/document`, pdf('justificatif'), 'arrêt.pdf').expect(200);
    await upload(
      `/api/v1/trainees/${world.trainee.id}/afgsu/attestations/${ids['afgsu-attestations']}/document`,
      pdf('afgsu'),
      'AFGSU 2.pdf',
    ).expect(200);
    // Health data kept by the school (disability adjustments, vaccinations), then read by staff.
    await admin
      .put(`/api/v1/trainees/${world.trainee.id}/health`)
      .send({
        disabilityRecognised: true,
        adjustments: ['extra_time'],
        adjustmentsNote: 'Tiers-temps aux épreuves écrites',
        adjustmentsDecidedOn: '2026-01-15',
        adjustmentsDecidedBy: 'Claire Dubois, référente handicap',
        vaccinations: [{ kind: 'hepatitis_b', status: 'up_to_date', checkedOn: '2026-01-10' }],
      })
      .expect(200);
    await admin.get(`/api/v1/trainees/${world.trainee.id}/health`).expect(200);
    const res = await binary(trainee.get('/api/v1/me/data-export'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['cache-control']).toBe('private, no-store');
    // Streamed as it is written (chunked), never built whole first to know its length.
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="donnees-victime-[a-z0-9-]+-bea-\d{4}-\d{2}-\d{2}\.zip"$/);
    archive = unzip(res.body as Buffer);
    data = JSON.parse(archive.get('donnees.json')!.toString('utf8'));
  });
  afterAll(() => t.close());

  it('holds the trainee’s identity, application and its decisions, plan, attendance with hours, results, AFGSU, placements', () => {
    expect(data).toMatchObject({ exporteLe: expect.any(String), demandePar: 'la personne concernée' });
    expect(data.identite).toMatchObject({ nom: world.trainee.lastName, prenom: 'Bea', email: world.trainee.email });
    expect(data.candidatures).toHaveLength(1);
    expect(data.candidatures[0]).toMatchObject({ nom: 'Candidate', prenom: 'Carla', statut: expect.any(String) });
    expect(data.candidatures[0].pieces.map((p: { type: string }) => p.type)).toEqual(['cv']);
    expect(data.parcours.dispenses).toEqual([expect.objectContaining({ minutes: 60, justification: 'Dispense' })]);
    expect(data.emargements).toEqual([
      expect.objectContaining({
        statut: 'excused',
        justification: 'Rendez-vous médical',
        minutesPrevues: 60,
        debut: '09:00',
        fin: '10:00',
      }),
    ]);
    expect(data.evaluation.passages).toEqual([expect.objectContaining({ bloc: 'BC02', numero: 1, sessionExamen: 'Examen', notes: [] })]);
    expect(data.afgsu.attestations).toEqual([expect.objectContaining({ niveau: 2, centre: 'CESU 13', nomFichier: 'AFGSU 2.pdf' })]);
    expect(data.afgsu.sessions).toEqual([expect.objectContaining({ cesu: 'CESU du monde' })]);
    expect(data.stages).toHaveLength(1);
    expect(data.stages[0]).toMatchObject({ tuteur: 'Tuteur Paul', heuresPrevues: 35 });
    expect(data.stages[0].conventions).toHaveLength(1);
    expect(data.stages[0].evaluationsTuteur.length).toBeGreaterThanOrEqual(1);
    expect(data.notifications.length).toBeGreaterThanOrEqual(1);
  });

  it('holds their health data, and who read or changed it — this export included, logged as a read like any other', async () => {
    expect(data.sante.donnees).toMatchObject({
      disabilityRecognised: true,
      adjustments: ['extra_time'],
      adjustmentsNote: 'Tiers-temps aux épreuves écrites',
    });
    expect(data.sante.donnees.vaccinations).toContainEqual(
      expect.objectContaining({ kind: 'hepatitis_b', status: 'up_to_date', checkedOn: '2026-01-10' }),
    );
    expect(data.sante.journalDesAcces.map((a: { action: string; contexte: string }) => `${a.action} ${a.contexte}`)).toEqual([
      'write PUT /trainees/{id}/health',
      'read GET /trainees/{id}/health',
      'read GET /me/data-export',
    ]);
    expect(data.sante.journalDesAcces[2]).toMatchObject({ par: world.trainee.email, role: 'trainee' });
  });

  it('holds the audit entries about them (the decisions on their application, exemption, absence)', () => {
    const actions = data.journal.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['afgsu.participant_enrolled', 'placement.created']));
    expect(actions.some((a: string) => a.startsWith('attendance.'))).toBe(true);
    expect(actions.some((a: string) => a.startsWith('plan'))).toBe(true);
  });

  it('holds their documents from storage, byte for byte, named in French, each listed in donnees.json', () => {
    const names = [...archive.keys()];
    expect(names[0]).toBe('donnees.json');
    expect(archive.get('documents/justificatifs-absence/justificatif-2027-02-01-09h00.pdf')).toEqual(pdf('justificatif'));
    expect(archive.get('documents/afgsu/AFGSU 2.pdf')).toEqual(pdf('afgsu'));
    const cv = names.find((n) => n.startsWith('documents/candidature/'));
    expect(archive.get(cv!)).toEqual(Buffer.from('%PDF-1.4\n%%EOF\n'));
    const listed = data.fichiers.map((f: { fichier: string }) => f.fichier).filter(Boolean);
    expect(listed.sort()).toEqual(names.filter((n) => n !== 'donnees.json').sort());
  });

  it('holds no secret: no storage key, token hash, password hash or calendar token', async () => {
    const row = await t.db.admin.findOneByOrFail(Trainee, { id: world.trainee.id });
    const text = archive.get('donnees.json')!.toString('utf8');
    expect(text).not.toContain(row.icalToken);
    for (const secret of ['storageKey', 'storage_key', 'access_token_hash', 'password', 'token_hash', 'enrolment/']) {
      expect(text).not.toContain(secret);
    }
  });

  it('is audited: the trainee’s own export, and staff’s export of a trainee with who did it', async () => {
    const res = await binary(world.admin.get(`/api/v1/trainees/${world.trainee.id}/data-export`));
    expect(res.status).toBe(200);
    expect(unzip(res.body as Buffer).size).toBe(archive.size);
    const entries = await t.db.admin.find(AuditEvent, {
      where: { entityType: 'trainee', entityId: world.trainee.id },
      order: { occurredAt: 'ASC' },
    });
    const exports = entries.filter((e) => e.action.startsWith('trainee.data_exported'));
    expect(exports.map((e) => [e.action, e.actorEmail === world.trainee.email])).toEqual([
      ['trainee.data_exported_by_self', true],
      ['trainee.data_exported', false],
    ]);
    expect(exports[1].actorEmail).toMatch(/^school_admin-/);
    expect(exports[1].after).toEqual({ files: archive.size - 1 });
  });

  it('is refused to another school’s staff (404, nothing written) and to a trainee on the staff route (403)', async () => {
    const other = await createSchool(t.db.admin);
    const stranger = await t.login((await createAccount(t.db.admin, other, Role.SchoolAdmin)).email);
    const before = await t.db.admin.count(AuditEvent);
    const res = await stranger.get(`/api/v1/trainees/${world.trainee.id}/data-export`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(await t.db.admin.count(AuditEvent)).toBe(before);
    expect((await trainee.get(`/api/v1/trainees/${world.trainee.id}/data-export`)).status).toBe(403);
    expect((await world.admin.get('/api/v1/me/data-export')).status).toBe(403);
  });
});
