import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CertificationVersion, inOrder } from '@app/referential';
import { Cohort, CohortFormat } from '@app/training';

/** The current certification version (seeded by migration). */
export async function currentVersion(m: EntityManager): Promise<CertificationVersion> {
  return inOrder(await m.findOneOrFail(CertificationVersion, { where: { code: 'RNCP40913' }, relations: { blocks: { modules: true } } }));
}

/** A cohort of `schoolId` (admin connection), January to June 2027 unless told otherwise. */
export async function createCohort(m: EntityManager, schoolId: string, overrides: Partial<Cohort> = {}): Promise<Cohort> {
  const version = await currentVersion(m);
  return m.save(
    m.create(Cohort, {
      schoolId,
      name: `Promotion ${randomBytes(3).toString('hex')}`,
      versionId: version.id,
      format: CohortFormat.Presentiel,
      startDate: '2027-01-11',
      endDate: '2027-06-30',
      capacity: 20,
      place: 'Lyon',
      icalToken: randomBytes(24).toString('base64url'),
      ...overrides,
    }),
  );
}
