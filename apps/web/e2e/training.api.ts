import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { CertificationVersion, Cohort, CohortDashboard, CourseSession, Me, SessionInput, Trainee } from '../src/api/types';
import { DEMO_PASSWORD } from './helpers';

/** Test set-up through the API (the same calls the app makes), with the session cookie of `request`. */

async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()} → ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

export async function apiLogin(request: APIRequestContext, email: string): Promise<Me> {
  return json<Me>(await request.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } }));
}

/** The cohort running today that holds the trainee with this e-mail. */
export async function cohortOf(request: APIRequestContext, email: string, today: string): Promise<{ cohort: Cohort; trainee: Trainee }> {
  const cohorts = await json<{ items: Cohort[] }>(await request.get('/api/v1/cohorts', { params: { activeOn: today, pageSize: 100 } }));
  for (const cohort of cohorts.items) {
    const trainees = await json<{ items: Trainee[] }>(
      await request.get(`/api/v1/cohorts/${cohort.id}/trainees`, { params: { q: email, pageSize: 100 } }),
    );
    const trainee = trainees.items.find((row) => row.email === email);
    if (trainee) return { cohort, trainee };
  }
  throw new Error(`No cohort running on ${today} holds ${email}`);
}

export async function firstBlock(request: APIRequestContext, versionId: string) {
  const versions = await json<CertificationVersion[]>(await request.get('/api/v1/referential/versions'));
  const version = versions.find((row) => row.id === versionId);
  const block = version?.blocks.find((row) => row.kind === 'competency' && row.modules.length > 0);
  if (!block) throw new Error(`Version ${versionId} has no competency block with modules`);
  return { block, module: block.modules[0] };
}

export async function sessionsOn(request: APIRequestContext, day: string, filter: { cohortId?: string; trainerId?: string }) {
  return json<CourseSession[]>(await request.get('/api/v1/sessions', { params: { ...filter, from: day, to: day } }));
}

const asInput = (session: CourseSession, change: Partial<SessionInput>): SessionInput => ({
  blockId: session.blockId,
  moduleId: session.moduleId,
  date: session.date,
  startTime: session.startTime,
  endTime: session.endTime,
  trainerId: session.trainerId,
  room: session.room,
  videoUrl: session.videoUrl,
  ...change,
});

/**
 * Makes [start, end] free on `day` for the cohort and the trainer. Sessions from earlier runs (or the demo
 * timetable) that overlap are deleted; one that already has attendance cannot be, so it is cut to end at `start`.
 */
export async function freeSlot(
  request: APIRequestContext,
  day: string,
  slot: { start: string; end: string },
  owners: { cohortId: string; trainerId: string },
) {
  const all = [
    ...(await sessionsOn(request, day, { cohortId: owners.cohortId })),
    ...(await sessionsOn(request, day, { trainerId: owners.trainerId })),
  ];
  const overlapping = [...new Map(all.map((session) => [session.id, session])).values()].filter(
    (session) => session.startTime < slot.end && session.endTime > slot.start,
  );
  for (const session of overlapping) {
    const deleted = await request.delete(`/api/v1/sessions/${session.id}`);
    if (deleted.ok()) continue;
    expect(session.startTime < slot.start, `cannot free ${session.startTime}–${session.endTime}: ${await deleted.text()}`).toBeTruthy();
    await json(await request.put(`/api/v1/sessions/${session.id}`, { data: asInput(session, { endTime: slot.start }) }));
  }
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
