import { api, callFile } from './client';

/** A trainee's data (RGPD): donnees.json and their documents, as a ZIP. */
export const recordsApi = {
  /** The signed-in trainee's own data. */
  myData: () => callFile(api.GET('/api/v1/me/data-export', { parseAs: 'blob' })),
  /** A trainee's data, for staff answering a written request (audited). */
  traineeData: (id: string) => callFile(api.GET('/api/v1/trainees/{id}/data-export', { params: { path: { id } }, parseAs: 'blob' })),
};
