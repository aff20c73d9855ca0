import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { CertificationVersion, Cohort, CohortDashboard, CourseSession, Me, SessionInput, Trainee } from '../src/api/types';
import { DEMO_PASSWORD } from './helpers';

/** Test set-up through the API (the same calls the app makes), with the session cookie of `request`. */

export async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()} → ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

export async function apiLogin(request: APIRequestContext, email: string): Promise<Me> {
  return json<Me>(await request.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } }));
}

/** A cohort of its own for this run, running today (earlier runs' sessions cannot collide with it). */
export async function freshCohort(request: APIRequestContext, versionId: string, today: string): Promise<Cohort> {
  return json<Cohort>(
    await request.post('/api/v1/cohorts', {
      data: {
        name: `Promotion E2E ${Date.now()}`,
        versionId,
        format: 'presentiel',
        startDate: today,
        endDate: today,
        capacity: 5,
        place: 'Salle E2E',
      },
    }),
  );
}

/**
 * Activates an invited account the way its owner would: the invitation e-mail (read from the outbox by
 * the school administrator, the outbox driver being the test mailbox), then the one-time link.
 */
export async function acceptInvitation(adminRequest: APIRequestContext, email: string, password: string): Promise<void> {
  const page = await json<{ items: { id: string }[] }>(await adminRequest.get('/api/v1/outbox', { params: { q: email } }));
  const message = await json<{ text: string }>(await adminRequest.get(`/api/v1/outbox/${page.items[0].id}`));
  const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
  expect(token, `no invitation link in the e-mail to ${email}`).toBeTruthy();
  const accepted = await adminRequest.post(`/api/v1/auth/invitations/${token}/accept`, { data: { password } });
  expect(accepted.status()).toBe(204);
}

/** A trainer invited by the school administrator, active with `password`. */
export async function freshTrainer(adminRequest: APIRequestContext, password: string): Promise<{ id: string; email: string }> {
  const email = `formateur.e2e.${Date.now()}@demo.cqp.local`;
  const user = await json<{ id: string }>(
    await adminRequest.post('/api/v1/users', { data: { email, fullName: 'Karim Benali', role: 'trainer' } }),
  );
  await acceptInvitation(adminRequest, email, password);
  return { id: user.id, email };
}

/** A trainee added to `cohortId` by the staff, active with `password`. */
export async function freshTrainee(
  staffRequest: APIRequestContext,
  adminRequest: APIRequestContext,
  cohortId: string,
  password: string,
  name: { lastName: string; firstName: string } = { lastName: 'Moreau', firstName: 'Léa' },
): Promise<Trainee> {
  const email = `stagiaire.e2e.${Date.now()}@demo.cqp.local`;
  const trainee = await json<Trainee>(await staffRequest.post(`/api/v1/cohorts/${cohortId}/trainees`, { data: { ...name, email } }));
  await acceptInvitation(adminRequest, email, password);
  return trainee;
}

export async function firstBlock(request: APIRequestContext, versionId: string) {
  const versions = await json<CertificationVersion[]>(await request.get('/api/v1/referential/versions'));
  const version = versions.find((row) => row.id === versionId);
  const block = version?.blocks.find((row) => row.kind === 'competency' && row.modules.length > 0);
  if (!block) throw new Error(`Version ${versionId} has no competency block with modules`);
  return { block, module: block.modules[0] };
}

export async function createSession(request: APIRequestContext, cohortId: string, input: SessionInput): Promise<CourseSession> {
  return json<CourseSession>(await request.post(`/api/v1/cohorts/${cohortId}/sessions`, { data: input }));
}

/** Attended minutes of a trainee in a block, from the cohort dashboard. */
export async function attendedMinutes(request: APIRequestContext, cohortId: string, traineeId: string, blockId: string) {
  const dashboard = await json<CohortDashboard>(await request.get(`/api/v1/cohorts/${cohortId}/dashboard`));
  const row = dashboard.trainees.find((trainee) => trainee.traineeId === traineeId);
  const block = row?.blocks.find((figures) => figures.blockId === blockId);
  if (!block) throw new Error(`Trainee ${traineeId} is not on the dashboard of ${cohortId}`);
  return { minutes: block.attendedMinutes, column: dashboard.blocks.findIndex((b) => b.blockId === blockId) };
}
