import { AuditEvent, Role, School } from '@app/platform';
import { createAccount, createSchool } from '../factories/school.factory';
import { startTestApp, TestApp } from '../support/test-app';

interface Version {
  id: string;
  code: string;
  totalMinutes: number;
  blocks: { code: string; kind: string; plannedMinutes: number; modules: { plannedMinutes: number }[] }[];
}

describe('referential and rule settings', () => {
  let t: TestApp;
  let school: School;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let staff: Awaited<ReturnType<TestApp['login']>>;
  let current: Version;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    const versions = (await staff.get('/api/v1/referential/versions')).body as Version[];
    current = versions.find((v) => v.code === 'RNCP40913')!;
  });
  afterAll(() => t.close());

  it('holds both versions with four blocks of 77 / 98 / 35 / 56 h and a 13 h "other" line: 279 h', async () => {
    const trainee = await t.login((await createAccount(t.db.admin, school, Role.Trainee)).email);
    const versions = (await trainee.get('/api/v1/referential/versions')).body as Version[];
    expect(versions.map((v) => v.code)).toEqual(['RNCP40913', 'RNCP36358']);
    for (const v of versions) {
      expect(v.totalMinutes).toBe(279 * 60);
      expect(v.blocks.map((b) => [b.code, b.kind, b.plannedMinutes / 60])).toEqual([
        ['BC01', 'competency', 77],
        ['BC02', 'competency', 98],
        ['BC03', 'competency', 35],
        ['BC04', 'competency', 56],
        ['AUTRE', 'other', 13],
      ]);
      for (const b of v.blocks) expect(b.modules.reduce((s, m) => s + m.plannedMinutes, 0)).toBe(b.plannedMinutes);
    }
  });

  it('shows the settings in force with the defaults of the referential', async () => {
    const res = await staff.get(`/api/v1/referential/versions/${current.id}/settings`);
    const byKey = Object.fromEntries(res.body.map((s: { key: string; value: unknown }) => [s.key, s.value]));
    expect(byKey).toMatchObject({
      passMark: 10,
      maxAttempts: 3,
      retakeWindowYears: 5,
      blockValidityYears: null,
      afgsuValidityYears: 4,
      secretaryExperienceYears: 3,
    });
  });

  it('lets the school administrator override a configurable setting, audited, without touching other schools', async () => {
    const res = await admin
      .put(`/api/v1/referential/versions/${current.id}/settings/passMark`)
      .send({ value: 12, reason: 'Décision du conseil pédagogique' });
    expect(res.status).toBe(200);
    expect(res.body.find((s: { key: string }) => s.key === 'passMark')).toMatchObject({
      value: 12,
      referentialValue: 10,
      source: 'school',
    });
    const [event] = await t.db.admin.findBy(AuditEvent, { schoolId: school.id, action: 'rule_setting.overridden' });
    expect(event).toMatchObject({
      entityId: 'RNCP40913:passMark',
      before: { value: 10, source: 'referential' },
      after: { value: 12, source: 'school' },
      reason: 'Décision du conseil pédagogique',
    });

    const other = await t.login((await createAccount(t.db.admin, await createSchool(t.db.admin), Role.SchoolAdmin)).email);
    const theirs = await other.get(`/api/v1/referential/versions/${current.id}/settings`);
    expect(theirs.body.find((s: { key: string }) => s.key === 'passMark')).toMatchObject({ value: 10, source: 'referential' });

    const reset = await admin
      .post(`/api/v1/referential/versions/${current.id}/settings/passMark/reset`)
      .send({ reason: 'Retour au référentiel' });
    expect(reset.body.find((s: { key: string }) => s.key === 'passMark')).toMatchObject({ value: 10, source: 'referential' });
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id, action: 'rule_setting.reset' })).toBe(1);
  });

  it('accepts "for life" where a setting allows no value', async () => {
    const res = await admin
      .put(`/api/v1/referential/versions/${current.id}/settings/blockValidityYears`)
      .send({ value: 5, reason: 'Essai' });
    expect(res.body.find((s: { key: string }) => s.key === 'blockValidityYears').value).toBe(5);
    const back = await admin
      .put(`/api/v1/referential/versions/${current.id}/settings/blockValidityYears`)
      .send({ value: null, reason: 'À vie' });
    expect(back.body.find((s: { key: string }) => s.key === 'blockValidityYears')).toMatchObject({ value: null, source: 'school' });
  });

  it('refuses fixed settings, bad values, missing reasons and other roles, writing nothing', async () => {
    const count = () => t.db.admin.countBy(AuditEvent, { schoolId: school.id, entityType: 'rule_setting' });
    const before = await count();
    const url = (key: string) => `/api/v1/referential/versions/${current.id}/settings/${key}`;
    const fixed = await admin.put(url('afgsuValidityYears')).send({ value: 5, reason: 'Plus long' });
    expect(fixed.status).toBe(400);
    expect(fixed.body.code).toBe('SETTING_NOT_CONFIGURABLE');
    expect((await admin.put(url('passMark')).send({ value: 25, reason: 'Trop' })).body.code).toBe('INVALID_SETTING_VALUE');
    expect((await admin.put(url('maxAttempts')).send({ value: 2.5, reason: 'Demi' })).body.code).toBe('INVALID_SETTING_VALUE');
    expect((await admin.put(url('unknownKey')).send({ value: 1, reason: 'Inconnu' })).body.code).toBe('UNKNOWN_SETTING');
    expect((await admin.put(url('passMark')).send({ value: 12 })).body.errors).toHaveProperty('reason');
    expect((await admin.put(url('passMark')).send({ value: '12', reason: 'Texte' })).status).toBe(400);
    expect((await staff.put(url('passMark')).send({ value: 12, reason: 'Pas mon rôle' })).status).toBe(403);
    expect((await admin.get('/api/v1/referential/versions/7a1f3b2c-1d4e-4f5a-8b6c-9d0e1f2a3b4c')).status).toBe(404);
    expect(await count()).toBe(before);
  });
});
