import type { paths } from './schema';
import { toHttpError } from './errors';
import type { Ok } from './types';

/**
 * The one exception to openapi-fetch: `fetch` reports no upload progress, so files whose sending the
 * person watches go through XMLHttpRequest here. Paths, path parameters, body types and the answer
 * stay typed from the schema.
 */

/** Paths whose PUT takes a file's raw bytes. */
export type UploadPath = {
  [P in keyof paths]: paths[P] extends { put: { requestBody: { content: { 'application/octet-stream': unknown } } } } ? P : never;
}[keyof paths];
type Put<P extends UploadPath> = paths[P]['put'];
type PathParams<P extends UploadPath> = Put<P> extends { parameters: { path: infer T } } ? T : never;
/** The Content-Type values the route accepts for its body. */
export type UploadContentType<P extends UploadPath> = Put<P> extends { requestBody: { content: infer C } } ? keyof C & string : never;

export interface UploadOptions<P extends UploadPath> {
  params: PathParams<P>;
  file: Blob;
  contentType: UploadContentType<P>;
  headers?: Record<string, string>;
  /** Called with the share of the bytes sent, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const fillPath = (path: string, params: object) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String((params as Record<string, unknown>)[name] ?? '')));

const parseJson = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/** Sends a file as the raw body of a PUT; resolves with the API's answer or rejects with an HttpError (see errors.ts). */
export function uploadFile<P extends UploadPath>(path: P, options: UploadOptions<P>): Promise<Ok<Put<P>>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', fillPath(path, options.params as object));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', options.contentType);
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as Ok<Put<P>>);
      else reject(toHttpError(body, xhr.status));
    };
    xhr.onerror = () => reject(toHttpError(undefined, 0));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(options.file);
  });
}
