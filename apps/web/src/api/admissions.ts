import { api, call, callFile } from './client';
import type { ApplicationFilter, ApplicationStatus, EnrolExemption, InterviewInput, InterviewOutcome } from './types';

const byId = (id: string) => ({ params: { path: { id } } });
const byDocument = (id: string, documentId: string) => ({ params: { path: { id, documentId } } });

/** The school's side of admissions (school admin and staff): review, decisions, interview, enrolment. */
export const admissionsApi = {
  /** The applications matching the list's filters, as a CSV file (« ; », UTF-8) named by the API. */
  exportCsv: (query: ApplicationFilter) => callFile(api.GET('/api/v1/applications/export', { params: { query }, parseAs: 'blob' })),
  /** URL of a received document, shown in the browser (same origin: the session cookie goes with it). */
  documentUrl: (id: string, documentId: string) =>
    `/api/v1/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}/file?inline=true`,
  acceptDocument: (id: string, documentId: string) =>
    call(api.POST('/api/v1/applications/{id}/documents/{documentId}/accept', byDocument(id, documentId))),
  rejectDocument: (id: string, documentId: string, reason: string) =>
    call(api.POST('/api/v1/applications/{id}/documents/{documentId}/reject', { ...byDocument(id, documentId), body: { reason } })),
  overrideEligibility: (id: string, override: boolean, justification: string) =>
    call(api.POST('/api/v1/applications/{id}/eligibility-override', { ...byId(id), body: { override, justification } })),
  changeStatus: (id: string, status: ApplicationStatus, reason: string) =>
    call(api.POST('/api/v1/applications/{id}/status', { ...byId(id), body: { status, reason } })),
  scheduleInterview: (id: string, body: InterviewInput) => call(api.POST('/api/v1/applications/{id}/interview', { ...byId(id), body })),
  recordInterview: (id: string, outcome: InterviewOutcome, notes: string) =>
    call(api.POST('/api/v1/applications/{id}/interview/outcome', { ...byId(id), body: { outcome, notes } })),
  /** The individual plan proposed from the candidate's diplomas and experience. */
  positioning: (id: string) => call(api.GET('/api/v1/applications/{id}/positioning', byId(id))),
  enrol: (id: string, exemptions: EnrolExemption[]) =>
    call(api.POST('/api/v1/applications/{id}/enrol', { ...byId(id), body: { exemptions } })),
};

/** Accounts that may hold an interview (the API keeps the list of accounts to the school administrator). */
export const interviewers = () =>
  call(api.GET('/api/v1/users', { params: { query: { status: 'active', pageSize: 100, sort: 'fullName', order: 'asc' } } })).then((page) =>
    page.items.filter((user) => user.role === 'school_admin' || user.role === 'staff' || user.role === 'trainer'),
  );
