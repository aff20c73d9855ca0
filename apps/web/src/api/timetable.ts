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

/** Course sessions: the week views and the « Ajouter une séance » dialog. */
export const timetableApi = {
  sessions: (query: SessionQuery) => call(api.GET('/api/v1/sessions', { params: { query } })),
  session: (id: string) => call(api.GET('/api/v1/sessions/{id}', byId(id))),
  create: (cohortId: string, body: SessionInput) => call(api.POST('/api/v1/cohorts/{id}/sessions', { ...byId(cohortId), body })),
  update: (id: string, body: SessionInput) => call(api.PUT('/api/v1/sessions/{id}', { ...byId(id), body })),
  remove: (id: string) => call(api.DELETE('/api/v1/sessions/{id}', byId(id))),
  /** Accounts with the trainer role (the API keeps this list to the school administrator). */
  trainers: () =>
    call(api.GET('/api/v1/users', { params: { query: { role: 'trainer', status: 'active', pageSize: 100, sort: 'fullName', order: 'asc' } } })),
};
