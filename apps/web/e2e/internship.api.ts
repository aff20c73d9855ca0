import { expect, type APIRequestContext } from '@playwright/test';
import type { PlacementEvaluation } from '../src/api/tutorEvaluations';
import { addDays, parisDay } from '../src/lib/dates';
import { json } from './training.api';

/**
 * A placement of this run's own (cohort, trainee, host site with a contact who signs, tutor), from today for 20 days,
 * set up by the staff through the API.
 */
export async function freshPlacement(staffApi: APIRequestContext, run: string) {
  const today = parisDay();
  const versions = await json<{ id: string; code: string }[]>(await staffApi.get('/api/v1/referential/versions'));
  const version = versions.find((v) => v.code === 'RNCP40913') ?? versions[0];
  const cohort = await json<{ id: string }>(
    await staffApi.post('/api/v1/cohorts', {
      data: {
        name: `Promotion stages ${run}`,
        versionId: version.id,
        format: 'presentiel',
        startDate: today,
        endDate: addDays(today, 90),
        capacity: 5,
        place: 'Lyon',
      },
    }),
  );
  const trainee = await json<{ id: string; email: string; firstName: string; lastName: string }>(
    await staffApi.post(`/api/v1/cohorts/${cohort.id}/trainees`, {
      data: { lastName: `Roussel-${run}`, firstName: 'Camille', email: `camille.${run}@demo.cqp.local` },
    }),
  );
  const hostEmail = `accueil.${run}@tilleuls.test`;
  const site = await json<{ id: string; name: string }>(
    await staffApi.post('/api/v1/host-sites', {
      data: {
        name: `Cabinet des Tilleuls ${run}`,
        kind: 'general_practice',
        address: '3 place des Tilleuls',
        postalCode: '69006',
        city: 'Lyon',
        capacity: 2,
        contacts: [{ name: 'Dr Anne Roux', role: 'Médecin associée', email: hostEmail, phone: null }],
      },
    }),
  );
  const tutorEmail = `dr.lambert.${run}@tilleuls.fr`;
  const tutor = await json<{ id: string }>(
    await staffApi.post('/api/v1/tutors', {
      data: { lastName: 'Lambert', firstName: 'Claire', profession: 'general_practitioner', email: tutorEmail, hostSiteIds: [site.id] },
    }),
  );
  const placement = await json<{ id: string; traineeName: string }>(
    await staffApi.post('/api/v1/placements', {
      data: {
        traineeId: trainee.id,
        hostSiteId: site.id,
        tutorId: tutor.id,
        type: 'stage',
        startOn: today,
        endOn: addDays(today, 20),
        plannedHours: 105,
      },
    }),
  );
  const evaluations = await json<PlacementEvaluation[]>(await staffApi.get(`/api/v1/placements/${placement.id}/evaluations`));
  return { placement, site, tutorEmail, hostEmail, traineeEmail: trainee.email, traineeName: placement.traineeName, evaluations };
}

/** The staff e-mail the tutor the link; the school administrator reads its token in the outbox (the test mailbox). */
export async function evaluationToken(staffApi: APIRequestContext, adminApi: APIRequestContext, evaluationId: string, tutorEmail: string) {
  await json(await staffApi.post(`/api/v1/tutor-evaluations/${evaluationId}/link`));
  const page = await json<{ items: { id: string }[] }>(await adminApi.get('/api/v1/outbox', { params: { q: tutorEmail } }));
  const message = await json<{ text: string }>(await adminApi.get(`/api/v1/outbox/${page.items[0].id}`));
  const token = /\/tuteur\/evaluation\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
  expect(token, `no evaluation link in the e-mail to ${tutorEmail}`).toBeTruthy();
  return token!;
}
