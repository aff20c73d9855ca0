import { CertificationVersion } from '@app/referential';
import { createSchool } from '../factories/school.factory';
import { asSchool, useRoleConnections } from '../support/data-sources';
import { testConfig } from '../support/test-config';

describe('the referential in PostgreSQL', () => {
  const db = useRoleConnections(testConfig());

  it('is readable by every school and read-only for the application role', async () => {
    const school = await createSchool(db.admin.manager);
    await asSchool(db.app, school.id, async (m) => {
      const versions = await m.find(CertificationVersion);
      expect(versions.map((v) => v.code).sort()).toEqual(['RNCP36358', 'RNCP40913']);
      const update = await m.update(CertificationVersion, { code: 'RNCP40913' }, { title: 'modifié' });
      expect(update.affected).toBe(0);
    });
    await expect(
      asSchool(db.app, school.id, (m) => m.insert(CertificationVersion, { code: 'FAKE', title: 'x', settings: {} as never })),
    ).rejects.toThrow(/row-level security/);
    expect((await db.admin.manager.findOneByOrFail(CertificationVersion, { code: 'RNCP40913' })).title).toBe(
      'CQP Assistant médical (RNCP 40913)',
    );
  });
});
