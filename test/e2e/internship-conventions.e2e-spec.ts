import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import TestAgent from 'supertest/lib/agent';
import { AuditEvent, OutboxMessage, Role, School } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { Convention, ConventionSignature, Placement } from '@app/internship';
import { DEFAULT_CONVENTION_TEMPLATE } from '@app/internship/rules/convention-template.rules';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { asSchool, useRoleConnections } from '../support/data-sources';
import { startTestApp, TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

type Agent = TestAgent;
const today = parisDate(new Date());
const SCHOOL_EMAIL = 'direction@ecole-conventions.test';
const HOST_EMAIL = 'a.roux@lilas.test';
const UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Test';

/** The text of a PDF response, through Debian's pdftotext. */
function pdfText(body: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'convention-')), 'c.pdf');
  writeFileSync(file, body);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const binary = (req: ReturnType<Agent['get']>) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('internships: conventions de stage', () => {
  let t: TestApp;
  let school: School;
  let staff: Agent;
  let admin: Agent;
  let traineeAgent: Agent;
  let traineeEmail: string;
  let placementId: string;
  const conns = useRoleConnections(testConfig());

  /** The signature token last e-mailed to `to`. */
  const tokenFor = async (to: string) => {
    const [mail] = await t.db.admin.find(OutboxMessage, { where: { to }, order: { createdAt: 'DESC' } });
    const match = mail?.text.match(/\/signature\/([A-Za-z0-9_-]+)/);
    if (!match) throw new Error(`no signature link e-mailed to ${to}`);
    return match[1];
  };
  const sign = (token: string, signerName: string, ua = UA) =>
    t.http().post(`/api/v1/public/signatures/${token}`).set('User-Agent', ua).send({ signerName, consent: true });
  const conventions = async () => (await staff.get(`/api/v1/placements/${placementId}/conventions`).expect(200)).body;
  const countRows = () => Promise.all([t.db.admin.count(ConventionSignature), t.db.admin.count(OutboxMessage)]);

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin, {
      name: 'École Santé Lyon',
      address: '12 rue de la République, 69002 Lyon',
      siret: '73282932000074',
      activityNumber: '84691234569',
      signatory: 'Claire Dubois, directrice',
      contactEmail: SCHOOL_EMAIL,
    });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
    const cohort = await createCohort(t.db.admin, school.id, { startDate: addDays(today, -30), endDate: addDays(today, 150) });
    const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
    traineeEmail = trainee.email;
    traineeAgent = await t.login(account.email);
    const site = await staff
      .post('/api/v1/host-sites')
      .send({
        name: 'Cabinet médical des Lilas',
        kind: 'general_practice',
        address: '8 rue des Lilas',
        postalCode: '69003',
        city: 'Lyon',
        siret: '732 829 320 00074',
        capacity: 2,
        contacts: [
          { name: 'Secrétariat', role: 'Accueil', email: null, phone: '04 78 00 00 01' },
          { name: 'Dr Anne Roux', role: 'Médecin associée', email: HOST_EMAIL, phone: null },
        ],
      })
      .expect(201);
    const tutor = await staff
      .post('/api/v1/tutors')
      .send({
        lastName: 'Girard',
        firstName: 'Paul',
        profession: 'general_practitioner',
        email: 'p.girard@lilas.test',
        hostSiteIds: [site.body.id],
      })
      .expect(201);
    const placement = await staff
      .post('/api/v1/placements')
      .send({
        traineeId: trainee.id,
        hostSiteId: site.body.id,
        tutorId: tutor.body.id,
        type: 'stage',
        startOn: addDays(today, -1),
        endOn: addDays(today, 20),
        plannedHours: 105,
      })
      .expect(201);
    placementId = placement.body.id;
    expect(placement.body).toMatchObject({ conventionStatus: null, startedAt: null });
  });
  afterAll(() => t.close());

  it('serves the default template, refuses an unknown placeholder (400 naming it) and saves the school’s own (audited)', async () => {
    const initial = await staff.get('/api/v1/convention-template').expect(200);
    expect(initial.body).toMatchObject({ isDefault: true, title: DEFAULT_CONVENTION_TEMPLATE.title });
    expect(initial.body.placeholders.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['stagiaire', 'lieu', 'tuteur', 'debut', 'fin', 'heures', 'organisme']),
    );
    const articles = [
      ...DEFAULT_CONVENTION_TEMPLATE.articles,
      { heading: 'Article 12 – Clause particulière', body: '{{stagiaire}} porte une blouse fournie par {{lieu}}.' },
    ];
    expect((await staff.put('/api/v1/convention-template').send({ title: 'Convention', articles })).status).toBe(403);
    const bad = await admin
      .put('/api/v1/convention-template')
      .send({ title: 'Convention', articles: [...articles, { heading: 'Lieu', body: 'À {{ville}}, le {{date}}.' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('UNKNOWN_PLACEHOLDER');
    expect(bad.body.message).toContain('{{ville}}, {{date}}');
    expect((await staff.get('/api/v1/convention-template')).body.isDefault).toBe(true);
    const saved = await admin.put('/api/v1/convention-template').send({ title: 'Convention de stage CQP', articles }).expect(200);
    expect(saved.body).toMatchObject({ isDefault: false, title: 'Convention de stage CQP' });
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id, action: 'convention_template.saved' })).toBe(1);
  });

  it('drafts, sends, gathers three signatures through the links and freezes the signed convention', async () => {
    const refusedStart = await staff.post(`/api/v1/placements/${placementId}/start`);
    expect(refusedStart.status).toBe(409);
    expect(refusedStart.body).toMatchObject({ code: 'CONVENTION_NOT_SIGNED', message: expect.stringContaining('aucune convention') });

    const created = await staff.post(`/api/v1/placements/${placementId}/conventions`).expect(201);
    expect(created.body).toMatchObject({ version: 1, status: 'draft', statusLabel: 'Brouillon', hasPdf: false });
    expect((await staff.post(`/api/v1/placements/${placementId}/conventions`)).body.code).toBe('CONVENTION_EXISTS');
    const id: string = created.body.id;
    expect((await staff.get(`/api/v1/placements/${placementId}`)).body.conventionStatus).toBe('draft');

    // The school must say who signs and where to write first: 409, nothing written.
    await t.db.admin.update(School, { id: school.id }, { contactEmail: null });
    const [signaturesBefore, mailsBefore] = await countRows();
    const noEmail = await staff.post(`/api/v1/conventions/${id}/send`);
    expect(noEmail.status).toBe(409);
    expect(noEmail.body.code).toBe('SCHOOL_SIGNATORY_MISSING');
    expect(noEmail.body.message).toContain('« Établissement »');
    expect(await countRows()).toEqual([signaturesBefore, mailsBefore]);
    await t.db.admin.update(School, { id: school.id }, { contactEmail: SCHOOL_EMAIL });

    const sent = await staff.post(`/api/v1/conventions/${id}/send`).expect(201);
    expect(sent.body).toMatchObject({ status: 'sent', statusLabel: 'Envoyée pour signature', hasPdf: true });
    expect(sent.body.links.map((l: { recipientEmail: string; state: string }) => [l.recipientEmail, l.state]).sort()).toEqual(
      [
        [HOST_EMAIL, 'pending'],
        [SCHOOL_EMAIL, 'pending'],
        [traineeEmail, 'pending'],
      ].sort(),
    );
    const first = { school: await tokenFor(SCHOOL_EMAIL), host: await tokenFor(HOST_EMAIL), trainee: await tokenFor(traineeEmail) };

    const view = await t.http().get(`/api/v1/public/signatures/${first.host}`).expect(200);
    expect(view.body).toMatchObject({ party: 'host', partyLabel: 'le lieu de stage', recipientName: 'Dr Anne Roux', status: 'sent' });
    expect(view.body.summary).toMatchObject({ hostSiteName: 'Cabinet médical des Lilas', plannedHours: 105, versionLabel: 'Version 1' });
    const sentPdf = pdfText((await binary(t.http().get(`/api/v1/public/signatures/${first.host}/pdf`)).expect(200)).body as Buffer);
    expect(sentPdf).toContain('Convention de stage CQP');
    expect(sentPdf).toContain('Représenté par Dr Anne Roux, Médecin associée');
    expect(sentPdf).toContain('Article 8 – Gratification');
    expect(sentPdf).toMatch(/porte une blouse fournie par\s+Cabinet médical des Lilas/);

    // Bad input: no consent, a name too short: 400, nothing written.
    for (const body of [{ signerName: 'Léa Martin', consent: false }, { signerName: 'L', consent: true }, { signerName: 'Léa Martin' }]) {
      expect((await t.http().post(`/api/v1/public/signatures/${first.trainee}`).send(body)).status).toBe(400);
    }
    expect(await t.db.admin.countBy(ConventionSignature, { conventionId: id })).toBe(0);

    const traineeSigned = await sign(first.trainee, 'Léa Martin').expect(200);
    expect(traineeSigned.body).toMatchObject({ status: 'partly_signed', statusLabel: 'Partiellement signée' });
    const used = await sign(first.trainee, 'Léa Martin');
    expect([used.status, used.body.code]).toEqual([410, 'LINK_USED']);
    const tampered = first.school.slice(0, -1) + (first.school.endsWith('A') ? 'B' : 'A');
    expect((await t.http().get(`/api/v1/public/signatures/${tampered}`)).status).toBe(404);
    expect((await t.http().get('/api/v1/public/signatures/not-a-token')).status).toBe(404);

    // Refreshing a partly-signed convention: back to draft, the trainee's signature kept but no longer counting, links stop.
    const refreshed = await staff.post(`/api/v1/conventions/${id}/refresh`).expect(201);
    expect(refreshed.body).toMatchObject({ status: 'draft' });
    expect(refreshed.body.contentHash).not.toBe(sent.body.contentHash);
    expect(refreshed.body.parties.map((p: { signature: unknown }) => p.signature)).toEqual([null, null, null]);
    expect(refreshed.body.signatures).toEqual([expect.objectContaining({ party: 'trainee', signerName: 'Léa Martin', counts: false })]);
    const replaced = await sign(first.school, 'Claire Dubois');
    expect([replaced.status, replaced.body.code]).toEqual([410, 'LINK_REPLACED']);

    await staff.post(`/api/v1/conventions/${id}/send`).expect(201);
    const second = { school: await tokenFor(SCHOOL_EMAIL), host: await tokenFor(HOST_EMAIL), trainee: await tokenFor(traineeEmail) };
    await sign(second.school, 'Claire Dubois').expect(200);
    await sign(second.trainee, 'Léa Martin').expect(200);

    // An expired link is refused; resending a partly-signed convention keeps its content and writes to the host only.
    await t.db.admin.query(
      `UPDATE magic_links SET expires_at = now() - interval '1 minute' WHERE recipient_email = $1 AND used_at IS NULL`,
      [HOST_EMAIL],
    );
    const expired = await sign(second.host, 'Anne Roux');
    expect([expired.status, expired.body.code]).toEqual([410, 'LINK_EXPIRED']);
    const beforeResend = (await conventions())[0];
    const mails = await t.db.admin.count(OutboxMessage);
    const resent = await staff.post(`/api/v1/conventions/${id}/send`).expect(201);
    expect(await t.db.admin.count(OutboxMessage)).toBe(mails + 1);
    expect(resent.body).toMatchObject({ status: 'partly_signed', contentHash: beforeResend.contentHash, sentAt: beforeResend.sentAt });
    const signed = await sign(await tokenFor(HOST_EMAIL), 'Dr Anne Roux', 'Mozilla/5.0 (Android 15) Test').expect(200);
    expect(signed.body).toMatchObject({ status: 'signed', statusLabel: 'Signée' });

    const [v1] = await conventions();
    expect(v1).toMatchObject({ status: 'signed', signedAt: expect.any(String) });
    expect(v1.parties.map((p: { signature: { signerName: string } }) => p.signature.signerName)).toEqual([
      'Claire Dubois',
      'Dr Anne Roux',
      'Léa Martin',
    ]);
    const rows = await t.db.admin.find(ConventionSignature, { where: { conventionId: id }, order: { signedAt: 'ASC' } });
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.ip).toMatch(/127\.0\.0\.1|::1/);
    expect(rows.map((r) => r.userAgent)).toEqual([UA, UA, UA, 'Mozilla/5.0 (Android 15) Test']);
    for (const to of [SCHOOL_EMAIL, HOST_EMAIL, traineeEmail]) {
      const [last] = await t.db.admin.find(OutboxMessage, { where: { to }, order: { createdAt: 'DESC' } });
      expect(last.subject).toMatch(/^Convention de stage signée/);
    }

    const signedPdf = pdfText((await binary(staff.get(`/api/v1/conventions/${id}/pdf`)).expect(200)).body as Buffer);
    expect(signedPdf).toContain('Certificat de signature');
    expect(signedPdf).toContain(v1.contentHash);
    for (const text of ['Claire Dubois', 'Dr Anne Roux', 'Léa Martin', 'Android 15']) expect(signedPdf).toContain(text);

    // Signed: never refreshed nor sent again, and the database itself refuses to change or delete the row.
    for (const action of ['refresh', 'send']) {
      const res = await staff.post(`/api/v1/conventions/${id}/${action}`);
      expect([res.status, res.body.code]).toEqual([409, 'CONVENTION_SIGNED']);
    }
    await expect(
      asSchool(conns.app, school.id, (m) => m.query(`UPDATE conventions SET pdf_key = 'x' WHERE id = $1`, [id])),
    ).rejects.toThrow(/is signed: it can never be changed/);
    await expect(asSchool(conns.app, school.id, (m) => m.query(`DELETE FROM conventions WHERE id = $1`, [id]))).rejects.toThrow(
      /is signed/,
    );
    await expect(
      asSchool(conns.app, school.id, (m) => m.query(`UPDATE convention_signatures SET signer_name = 'X' WHERE convention_id = $1`, [id])),
    ).rejects.toThrow(/append-only/);
    const actions = (await t.db.admin.find(AuditEvent, { where: { entityId: id } })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'convention.created',
        'convention.sent',
        'convention.refreshed',
        'convention.signature_added',
        'convention.signed',
      ]),
    );
  });

  it('starts the placement on the signed convention while an avenant is being signed, and signs the avenant again', async () => {
    const [v1] = await conventions();
    expect((await staff.post(`/api/v1/conventions/${v1.id}/amendments`)).status).toBe(201);
    const [v2] = await conventions();
    expect(v2).toMatchObject({ version: 2, amendsId: v1.id, status: 'draft' });
    expect(v2.summary.versionLabel).toMatch(/^Avenant n° 1 à la convention signée le \d{2}\/\d{2}\/\d{4} \(version 2\)$/);
    expect((await staff.post(`/api/v1/conventions/${v1.id}/amendments`)).body.code).toBe('AMENDMENT_EXISTS');
    expect((await staff.post(`/api/v1/conventions/${v2.id}/amendments`)).body.code).toBe('CONVENTION_NOT_SIGNED');
    expect((await staff.get(`/api/v1/placements/${placementId}`)).body.conventionStatus).toBe('draft');

    const started = await staff.post(`/api/v1/placements/${placementId}/start`).expect(201);
    expect(started.body).toMatchObject({ conventionStatus: 'signed', startedAt: expect.any(String) });
    expect((await staff.get(`/api/v1/placements/${placementId}`)).body.startedAt).toBe(started.body.startedAt);
    expect((await staff.post(`/api/v1/placements/${placementId}/start`)).body.code).toBe('PLACEMENT_ALREADY_STARTED');
    expect((await t.db.admin.findOneByOrFail(Placement, { id: placementId })).startedBy).not.toBeNull();

    await staff.post(`/api/v1/conventions/${v2.id}/send`).expect(201);
    for (const [to, name] of [
      [SCHOOL_EMAIL, 'Claire Dubois'],
      [HOST_EMAIL, 'Dr Anne Roux'],
      [traineeEmail, 'Léa Martin'],
    ]) {
      await sign(await tokenFor(to), name).expect(200);
    }
    const [signedV2, stillV1] = await conventions();
    expect([signedV2.status, stillV1.status]).toEqual(['signed', 'signed']);
    expect(stillV1.signedAt).toBe(v1.signedAt);
    const avenant = pdfText((await binary(staff.get(`/api/v1/conventions/${v2.id}/pdf`)).expect(200)).body as Buffer);
    expect(avenant).toContain('Avenant n° 1 à la convention signée le');
  });

  it('lets the trainee download their own PDF; other trainees and other schools get 404', async () => {
    const [latest] = await conventions();
    const own = await binary(traineeAgent.get(`/api/v1/conventions/${latest.id}/pdf`));
    expect([own.status, own.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect((await traineeAgent.get(`/api/v1/placements/${placementId}/conventions`)).status).toBe(403);
    const cohort = await createCohort(t.db.admin, school.id);
    const otherTrainee = await t.login((await createTrainee(t.db.admin, cohort, school)).account.email);
    expect((await otherTrainee.get(`/api/v1/conventions/${latest.id}/pdf`)).status).toBe(404);
    const other = await createSchool(t.db.admin);
    const otherStaff = await t.login((await createAccount(t.db.admin, other, Role.Staff)).email);
    for (const res of [
      await otherStaff.get(`/api/v1/conventions/${latest.id}/pdf`),
      await otherStaff.get(`/api/v1/placements/${placementId}/conventions`),
      await otherStaff.post(`/api/v1/conventions/${latest.id}/amendments`),
      await otherStaff.post(`/api/v1/placements/${placementId}/start`),
    ]) {
      expect(res.status).toBe(404);
    }
    expect(await t.db.admin.countBy(Convention, { placementId })).toBe(2);
  });
});
