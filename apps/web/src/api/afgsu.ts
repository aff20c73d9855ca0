import { api, call } from './client';
import type { components } from './schema';
import { uploadFile, type UploadContentType } from './upload';

type Schemas = components['schemas'];
export type AfgsuStatusCode = Schemas['AfgsuStatusCode'];
export type AfgsuStatus = Schemas['AfgsuStatusResponse'];
export type AfgsuOverview = Schemas['AfgsuOverviewResponse'];
export type AfgsuOverviewRow = Schemas['AfgsuOverviewRow'];
export type AfgsuReminder = Schemas['AfgsuReminderResponse'];
export type AfgsuSession = Schemas['AfgsuSessionResponse'];
export type AfgsuSessionDetail = Schemas['AfgsuSessionDetailResponse'];
export type AfgsuSessionInput = Schemas['CreateAfgsuSessionRequest'];
export type AfgsuSessionDay = Schemas['SessionDayInput'];
export type AfgsuParticipant = Schemas['ParticipantResponse'];
export type AfgsuAttendance = AfgsuParticipant['attendance'];
export type AfgsuIssued = Schemas['IssueAttestationsResponse'];
export type TraineeAfgsu = Schemas['TraineeAfgsuResponse'];
export type AfgsuAttestation = Schemas['AttestationResponse'];
export type AfgsuAttestationInput = Schemas['RecordAttestationRequest'];
export type AfgsuRefresherInput = Schemas['RecordRefresherRequest'];
export type AfgsuLevel = AfgsuAttestation['level'];

export interface AfgsuOverviewQuery {
  cohortId?: string;
  status?: AfgsuStatusCode;
  page?: number;
  pageSize?: number;
}

const MAX_PAGE_SIZE = 100;
const DOCUMENT_PATH = '/api/v1/trainees/{traineeId}/afgsu/attestations/{id}/document';
type ScanType = UploadContentType<typeof DOCUMENT_PATH>;
const SCAN_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'] satisfies ScanType[];
/** The `accept` of the scan file picker. */
export const SCAN_ACCEPT = ['.pdf', '.jpg', '.jpeg', '.png', ...SCAN_TYPES].join(',');

const bySession = (id: string) => ({ params: { path: { id } } });
const byParticipant = (id: string, traineeId: string) => ({ params: { path: { id, traineeId } } });
const byTrainee = (traineeId: string) => ({ params: { path: { traineeId } } });
const byAttestation = (traineeId: string, id: string) => ({ params: { path: { traineeId, id } } });

/** AFGSU (gestes et soins d'urgence): the school's overview, sessions with a CESU, each trainee's attestations, one's own. */
export const afgsuApi = {
  overview: (query: AfgsuOverviewQuery) => call(api.GET('/api/v1/afgsu/overview', { params: { query } })),
  /** Every trainee in training at the school (all the overview's pages), with their cohort and AFGSU status. */
  trainees: async (): Promise<AfgsuOverviewRow[]> => {
    const rows: AfgsuOverviewRow[] = [];
    for (let page = 1; ; page += 1) {
      const { items, total } = await afgsuApi.overview({ page, pageSize: MAX_PAGE_SIZE });
      rows.push(...items);
      if (items.length === 0 || rows.length >= total) return rows;
    }
  },
  /** Reminders due between two days ("YYYY-MM-DD", both included, 366 days at most). */
  reminders: (from: string, to: string) => call(api.GET('/api/v1/afgsu/reminders', { params: { query: { from, to } } })),

  sessions: (when: 'upcoming' | 'past' | 'all', page = 1, pageSize = 25) =>
    call(api.GET('/api/v1/afgsu/sessions', { params: { query: { when, page, pageSize } } })),
  createSession: (body: AfgsuSessionInput) => call(api.POST('/api/v1/afgsu/sessions', { body })),
  session: (id: string) => call(api.GET('/api/v1/afgsu/sessions/{id}', bySession(id))),
  enrol: (id: string, traineeId: string) =>
    call(api.POST('/api/v1/afgsu/sessions/{id}/participants', { ...bySession(id), body: { traineeId } })),
  unenrol: (id: string, traineeId: string) =>
    call(api.DELETE('/api/v1/afgsu/sessions/{id}/participants/{traineeId}', byParticipant(id, traineeId))),
  attendance: (id: string, traineeId: string, attendance: AfgsuAttendance) =>
    call(api.PUT('/api/v1/afgsu/sessions/{id}/participants/{traineeId}', { ...byParticipant(id, traineeId), body: { attendance } })),
  /** The CESU's attestations for the participants marked present. */
  issue: (id: string, issuedOn: string, level: AfgsuLevel) =>
    call(api.POST('/api/v1/afgsu/sessions/{id}/attestations', { ...bySession(id), body: { issuedOn, level } })),

  trainee: (traineeId: string) => call(api.GET('/api/v1/trainees/{traineeId}/afgsu', byTrainee(traineeId))),
  record: (traineeId: string, body: AfgsuAttestationInput) =>
    call(api.POST('/api/v1/trainees/{traineeId}/afgsu/attestations', { ...byTrainee(traineeId), body })),
  refresher: (traineeId: string, body: AfgsuRefresherInput) =>
    call(api.POST('/api/v1/trainees/{traineeId}/afgsu/refreshers', { ...byTrainee(traineeId), body })),
  verify: (traineeId: string, id: string) =>
    call(api.POST('/api/v1/trainees/{traineeId}/afgsu/attestations/{id}/verify', byAttestation(traineeId, id))),
  /** The scanned attestation (PDF, JPEG or PNG), reporting the share sent; resolves with the trainee's AFGSU. */
  attach: (traineeId: string, id: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) =>
    uploadFile(DOCUMENT_PATH, {
      params: { traineeId, id },
      file,
      contentType: SCAN_TYPES.includes(file.type) ? (file.type as ScanType) : 'application/octet-stream',
      headers: { 'x-file-name': encodeURIComponent(file.name) },
      onProgress,
      signal,
    }),
  /** URL of the scan, shown in the browser (same origin: the session cookie goes with it). */
  documentUrl: (traineeId: string, id: string) =>
    `/api/v1/trainees/${encodeURIComponent(traineeId)}/afgsu/attestations/${encodeURIComponent(id)}/document?inline=true`,

  mine: () => call(api.GET('/api/v1/me/afgsu')),
};

/** Query keys, so that a change refreshes every view of the same data. */
export const afgsuKeys = {
  /** The overview (statuses and counts) and the reminders: both change with any attestation or session. */
  overview: ['afgsu', 'overview'] as const,
  sessions: ['afgsu', 'sessions'] as const,
  session: (id: string | undefined) => ['afgsu', 'session', id] as const,
  trainees: ['afgsu', 'trainee'] as const,
  trainee: (traineeId: string | undefined) => ['afgsu', 'trainee', traineeId] as const,
  mine: ['me', 'afgsu'] as const,
};
