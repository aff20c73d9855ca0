import { api, call, callFile } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type DocumentBatch = Schemas['DocumentBatchResponse'];
export type DocumentKind = Schemas['GeneratedDocumentKind'];
export type GeneratedDocument = Schemas['GeneratedDocumentResponse'];
export type DocumentRequest = Schemas['RequestDocumentsRequest'];

const byId = (id: string) => ({ params: { path: { id } } });
const byAttempt = (attemptId: string) => ({ params: { path: { attemptId } }, parseAs: 'blob' as const });

/** Documents the worker renders (PV de jury, attestations, certificats de réalisation), by batch; convocations. */
export const documentsApi = {
  request: (body: DocumentRequest) => call(api.POST('/api/v1/documents/batches', { body })),
  batch: (id: string) => call(api.GET('/api/v1/documents/batches/{id}', byId(id))),
  /** A generated PDF, with the name the API gives it. */
  file: (id: string) => callFile(api.GET('/api/v1/documents/{id}/file', { ...byId(id), parseAs: 'blob' })),
  /** The convocation of an attempt (staff). */
  convocation: (attemptId: string) => callFile(api.GET('/api/v1/attempts/{attemptId}/convocation', byAttempt(attemptId))),
  /** The trainee's own convocation. */
  myConvocation: (attemptId: string) => callFile(api.GET('/api/v1/me/convocations/{attemptId}', byAttempt(attemptId))),
};

/** A batch is over when every document is done or failed. */
export const isFinished = (batch: DocumentBatch) => batch.done + batch.failed >= batch.total;
