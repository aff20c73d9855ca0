import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { HostSite, Tutor, TutorHostSite } from '@app/internship';

/** A general practice of `schoolId` in Lyon taking 5 trainees at once (admin connection), unless told otherwise. */
export async function createHostSite(m: EntityManager, schoolId: string, overrides: Partial<HostSite> = {}): Promise<HostSite> {
  const suffix = randomUUID().slice(0, 8);
  return m.save(
    m.create(HostSite, {
      schoolId,
      name: `Cabinet ${suffix}`,
      kind: 'general_practice',
      address: '1 place Bellecour',
      postalCode: '69002',
      city: 'Lyon',
      capacity: 5,
      contacts: [{ name: `Dr ${suffix}`, role: 'Médecin', email: `cabinet-${suffix}@example.fr`, phone: null }],
      ...overrides,
    }),
  );
}

/** A general practitioner working at `hostSiteIds` (admin connection), with a unique e-mail. */
export async function createTutor(
  m: EntityManager,
  schoolId: string,
  hostSiteIds: string[],
  overrides: Partial<Tutor> = {},
): Promise<Tutor> {
  const suffix = randomUUID().slice(0, 8);
  const tutor = await m.save(
    m.create(Tutor, {
      schoolId,
      lastName: `Tuteur ${suffix}`,
      firstName: 'Marc',
      profession: 'general_practitioner',
      email: `tuteur-${suffix}@example.fr`,
      phone: '04 72 00 00 00',
      ...overrides,
    }),
  );
  for (const hostSiteId of hostSiteIds) await m.insert(TutorHostSite, { tutorId: tutor.id, hostSiteId, schoolId });
  return tutor;
}
