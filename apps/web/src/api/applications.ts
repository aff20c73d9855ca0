import { api, call } from './client';
import type { ApplicationInput } from './types';
import { uploadFile, type UploadContentType } from './upload';

const DOCUMENT_PATH = '/api/v1/public/applications/{token}/documents/{kind}';
type DocumentContentType = UploadContentType<typeof DOCUMENT_PATH>;
const DOCUMENT_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] satisfies DocumentContentType[];

/** The file's own type when the API takes it, else plain bytes (the API reads the type from the content). */
const contentTypeOf = (file: File): DocumentContentType =>
  DOCUMENT_TYPES.includes(file.type) ? (file.type as DocumentContentType) : 'application/octet-stream';

const byToken = (token: string) => ({ params: { path: { token } } });

/** The candidate's side of admissions: public, no account; the personal link's token is the key to the file. */
export const applicationsApi = {
  intakes: (slug: string) => call(api.GET('/api/v1/public/schools/{slug}/intakes', { params: { path: { slug } } })),
  apply: (body: ApplicationInput) => call(api.POST('/api/v1/public/applications', { body })),
  file: (token: string) => call(api.GET('/api/v1/public/applications/{token}', byToken(token))),
  /** Adds or replaces a document of the file, reporting the share sent; resolves with the updated file. */
  upload: (token: string, kind: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) =>
    uploadFile(DOCUMENT_PATH, {
      params: { token, kind },
      file,
      contentType: contentTypeOf(file),
      headers: { 'x-file-name': encodeURIComponent(file.name) },
      onProgress,
      signal,
    }),
  submit: (token: string) => call(api.POST('/api/v1/public/applications/{token}/submit', byToken(token))),
};
