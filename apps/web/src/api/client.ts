import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { toHttpError } from './errors';

/** Typed client for the API (same origin, session cookie). The only way the app talks to the API. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The successful result, or a rejection with an HttpError carrying the API's French message. */
async function send<T>(request: Promise<FetchResult<T>>): Promise<FetchResult<T>> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch {
    throw toHttpError(undefined, 0);
  }
  if (!result.response.ok) throw toHttpError(result.error, result.response.status);
  return result;
}

/** Resolves with the response body, or rejects with an HttpError carrying the API's French message. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  return (await send(request)).data as T;
}

/** A file the API sends as an attachment (`parseAs: 'blob'`), with the name its Content-Disposition gives. */
export interface ApiFile {
  blob: Blob;
  name: string | null;
}

export async function callFile(request: Promise<FetchResult<Blob>>): Promise<ApiFile> {
  const { data, response } = await send(request);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: data as Blob, name };
}

/**
 * Options sending a file's bytes untouched as the request body (CSV import, justification documents).
 * The schema types binary bodies as strings, hence the cast; the serializer keeps the Blob as it is.
 */
export function rawBody(file: Blob, contentType: string) {
  return {
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body,
    headers: { 'Content-Type': contentType },
  };
}
