import { api, call, rawBody } from './client';
import type { AttendanceInput } from './types';

const byId = (id: string) => ({ params: { path: { id } } });

/** Attendance sheets (émargement): the trainer's and the staff's side, then the trainee's own. */
export const attendanceApi = {
  sheet: (sessionId: string) => call(api.GET('/api/v1/sessions/{id}/attendance', byId(sessionId))),
  record: (sessionId: string, traineeId: string, body: AttendanceInput) =>
    call(api.PUT('/api/v1/sessions/{id}/attendance/{traineeId}', { params: { path: { id: sessionId, traineeId } }, body })),
  /** A PDF, JPEG or PNG justifying an excused absence (staff); its name is checked by the API like any upload's. */
  attachDocument: (sessionId: string, traineeId: string, file: File) => {
    const { headers, ...body } = rawBody(file, file.type);
    return call(
      api.PUT('/api/v1/sessions/{id}/attendance/{traineeId}/document', {
        params: { path: { id: sessionId, traineeId } },
        ...body,
        headers: { ...headers, 'x-file-name': encodeURIComponent(file.name) },
      }),
    );
  },
  document: (sessionId: string, traineeId: string) =>
    call(
      api.GET('/api/v1/sessions/{id}/attendance/{traineeId}/document', {
        params: { path: { id: sessionId, traineeId } },
        parseAs: 'blob',
      }),
    ),
  countersign: (sessionId: string) => call(api.POST('/api/v1/sessions/{id}/countersign', byId(sessionId))),
  /** The sheet as a PDF file (for funders). */
  pdf: (sessionId: string) => call(api.GET('/api/v1/sessions/{id}/attendance.pdf', { ...byId(sessionId), parseAs: 'blob' })),
  mySessions: (date?: string) => call(api.GET('/api/v1/me/sessions', { params: { query: { date } } })),
  sign: (sessionId: string) => call(api.POST('/api/v1/me/sessions/{id}/sign', byId(sessionId))),
};
