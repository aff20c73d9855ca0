import { AuditEvent, Role, School } from '@app/platform';
import { HostSite } from '@app/internship';
import { createAccount, createSchool } from '../factories/school.factory';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

const HEADER = 'Nom;Type;Spécialité;Adresse;Code postal;Ville;SIRET;Capacité;Contacts';
const LILAS =
  'Cabinet médical des Lilas;Cabinet de médecine générale;;8 rue des Lilas;69003;Lyon;73282932000074;2;Dr Anne Roux – a.roux@lilas.fr';
const NORD = 'Centre de santé Nord;Centre de santé;;1 rue du Nord;69004;Lyon;;4;';

describe('internships: host sites CSV import', () => {
  let t: TestApp;
  let school: School;
  let staff: Agent;
  const upload = (csv: string | Buffer, dryRun = false) =>
    staff
      .post(`/api/v1/host-sites/import${dryRun ? '?dryRun=true' : ''}`)
      .set('content-type', 'text/csv')
      .send(csv);
  const sites = () => t.db.admin.find(HostSite, { where: { schoolId: school.id }, order: { name: 'ASC' } });
  const imports = () => t.db.admin.countBy(AuditEvent, { schoolId: school.id, action: 'host_site.imported' });

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  it('previews, then creates; a second import updates by SIRET or by name and postal code', async () => {
    const file = `\uFEFF${HEADER}\r\n${LILAS}\r\n\r\n${NORD}\r\n`;
    const preview = await upload(file, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, created: 2, updated: 0, unchanged: 0 });
    expect(preview.body.lines.map((l: { line: number; action: string }) => [l.line, l.action])).toEqual([
      [2, 'create'],
      [4, 'create'],
    ]);
    expect(await sites()).toHaveLength(0);
    expect(await imports()).toBe(0);

    const done = await upload(file);
    expect(done.body).toMatchObject({ dryRun: false, created: 2, updated: 0, unchanged: 0 });
    const [lilas, nord] = await sites();
    expect(lilas).toMatchObject({ siret: '73282932000074', kind: 'general_practice', capacity: 2 });
    expect(lilas.contacts).toEqual([{ name: 'Dr Anne Roux', role: null, email: 'a.roux@lilas.fr', phone: null }]);
    expect(nord).toMatchObject({ kind: 'health_centre', siret: null });
    expect(done.body.lines.map((l: { hostSiteId: string }) => l.hostSiteId)).toEqual([lilas.id, nord.id]);

    // Re-imported with « , » after edits: the Lilas found by SIRET (renamed), the centre by name and postal code.
    const edited = [
      'Nom,Type,Spécialité,Adresse,Code postal,Ville,SIRET,Capacité,Contacts',
      'Cabinet des Lilas,Cabinet de médecine générale,,8 rue des Lilas,69003,Lyon,732 829 320 00074,3,Dr Anne Roux – a.roux@lilas.fr',
      'Centre de santé Nord,Centre de santé,,1 rue du Nord,69004,Lyon,,4,',
      '"Cabinet Bellecour, cardiologie",Cabinet de spécialiste,Cardiologie,2 place Bellecour,69002,Lyon,,1,',
    ].join('\n');
    const again = await upload(edited);
    expect(again.body).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    expect(again.body.lines[0]).toMatchObject({ action: 'update', hostSiteId: lilas.id, changes: ['name', 'capacity'] });
    expect((await sites()).map((h) => h.name)).toEqual(['Cabinet Bellecour, cardiologie', 'Cabinet des Lilas', 'Centre de santé Nord']);
    expect(await t.db.admin.countBy(AuditEvent, { entityId: lilas.id, action: 'host_site.updated' })).toBe(1);
    const audits = await t.db.admin.find(AuditEvent, {
      where: { schoolId: school.id, action: 'host_site.imported' },
      order: { occurredAt: 'ASC' },
    });
    expect(audits.map((a) => a.after)).toEqual([
      { dryRun: false, created: 2, updated: 0, unchanged: 0, lines: 2 },
      { dryRun: false, created: 1, updated: 1, unchanged: 1, lines: 3 },
    ]);

    // The export reads back as is: nothing changes.
    const exported = await staff.get('/api/v1/host-sites/export').buffer(true);
    expect((await upload(exported.text)).body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a file with a bad line: every line listed, in French, nothing written', async () => {
    const before = await sites();
    const auditsBefore = await t.db.admin.countBy(AuditEvent, { schoolId: school.id });
    const bad = [
      HEADER,
      'Cabinet Sud;Cabinet de médecine générale;;3 rue du Sud;69007;Lyon;;2;',
      'Cabinet X;Clinique;;3 rue X;6900A;Lyon;73282932000075;0;',
      'Cabinet Y;Cabinet de spécialiste;;3 rue Y;69008;Lyon;;2;Dr Y – y@',
    ].join('\r\n');
    for (const dryRun of [true, false]) {
      const res = await upload(bad, dryRun);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('CSV_REJECTED');
      expect(res.body.message).toBe('Le fichier contient 6 erreur(s) : aucun lieu de stage n’a été importé.');
      expect(Object.keys(res.body.errors)).toEqual(['ligne 3', 'ligne 4']);
      expect(res.body.errors['ligne 3']).toEqual([
        expect.stringMatching(/^Type inconnu : « Clinique »/),
        'Code postal invalide : « 6900A » (5 chiffres attendus).',
        'SIRET invalide : « 73282932000075 » (14 chiffres dont une clé de contrôle sont attendus).',
        'Capacité invalide : « 0 » (un nombre entier de 1 à 50 est attendu).',
      ]);
      expect(res.body.errors['ligne 4']).toEqual([
        'La spécialité (cabinet de spécialiste) est obligatoire.',
        'Contact « Dr Y » : adresse e-mail invalide « y@ ».',
      ]);
    }
    const twice = await upload(`${HEADER}\n${LILAS}\nCabinet des Lilas;Autre;;8 rue des Lilas;69003;Lyon;;2;`);
    expect(twice.body.errors).toEqual({ 'ligne 3': ['Cette ligne désigne le même lieu de stage (« Cabinet des Lilas ») que la ligne 2.'] });
    expect((await upload('Nom;Ville\nA;B')).body.errors['ligne 1'][0]).toMatch(/^Colonnes obligatoires manquantes/);
    expect((await upload('')).body.code).toBe('CSV_EMPTY');
    expect(await sites()).toEqual(before);
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id })).toBe(auditsBefore);
  });

  it('reads a Windows-1252 file and is for the school’s staff only', async () => {
    const cp1252 = Buffer.from(`${HEADER}\r\nMaison de sant\u00e9 Est;MSP;;5 rue de l'Est;69003;Lyon;;2;\r\n`, 'latin1');
    expect((await upload(cp1252, true)).body.lines[0]).toMatchObject({ name: 'Maison de santé Est', action: 'create' });
    const trainer = await t.login((await createAccount(t.db.admin, school, Role.Trainer)).email);
    const res = await trainer.post('/api/v1/host-sites/import').set('content-type', 'text/csv').send(`${HEADER}\n${NORD}`);
    expect(res.status).toBe(403);
  });
});
