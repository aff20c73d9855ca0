import { api, call, rawBody } from './client';
import type { TraineeCreate } from './types';

const byId = (id: string) => ({ params: { path: { id } } });

/** Trainees of a cohort: adding, CSV import, withdrawal, a new URL for their calendar feed. */
export const traineesApi = {
  add: (cohortId: string, body: TraineeCreate) => call(api.POST('/api/v1/cohorts/{id}/trainees', { ...byId(cohortId), body })),
  /** The file's bytes as they are (UTF-8 or Windows-1252: the API decodes them). */
  importCsv: (cohortId: string, file: File) =>
    call(api.POST('/api/v1/cohorts/{id}/trainees/import', { ...byId(cohortId), ...rawBody(file, 'text/csv') })),
  withdraw: (id: string, reason: string) => call(api.POST('/api/v1/trainees/{id}/withdraw', { ...byId(id), body: { reason } })),
  /** The old URL of the trainee's calendar stops working. */
  renewFeed: (id: string) => call(api.POST('/api/v1/trainees/{id}/calendar/renew', byId(id))),
};
