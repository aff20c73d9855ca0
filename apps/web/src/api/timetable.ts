import { api, call } from './client';
import type { SessionInput } from './types';

const byId = (id: string) => ({ params: { path: { id } } });

export interface SessionQuery {
  cohortId?: string;
  trainerId?: string;
  /** First and last day, "YYYY-MM-DD", both included. */
  from: string;
  to: string;
}

/** Course sessions: the week views and the « Ajouter une séance » dialog; the cohort's calendar feed. */
export const timetableApi = {
  sessions: (query: SessionQuery) => call(api.GET('/api/v1/sessions', { params: { query } })),
  session: (id: string) => call(api.GET('/api/v1/sessions/{id}', byId(id))),
  create: (cohortId: string, body: SessionInput) => call(api.POST('/api/v1/cohorts/{id}/sessions', { ...byId(cohortId), body })),
  update: (id: string, body: SessionInput) => call(api.PUT('/api/v1/sessions/{id}', { ...byId(id), body })),
  remove: (id: string) => call(api.DELETE('/api/v1/sessions/{id}', byId(id))),
  /** The signed-in trainee's own sessions between two days ("YYYY-MM-DD", both included). */
  mine: (from: string, to: string) => call(api.GET('/api/v1/me/timetable', { params: { query: { from, to } } })),
  /** A new URL for the cohort's calendar (the old one stops working); resolves with the cohort. */
  renewCohortFeed: (cohortId: string) => call(api.POST('/api/v1/cohorts/{id}/calendar/renew', byId(cohortId))),
  /** Accounts with the trainer role (the API keeps this list to the school administrator). */
  trainers: () =>
    call(
      api.GET('/api/v1/users', { params: { query: { role: 'trainer', status: 'active', pageSize: 100, sort: 'fullName', order: 'asc' } } }),
    ),
};
