import { HttpError } from 'react-admin';

/** Error body returned by the API for every failure. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: Record<string, string[]>;
}

/**
 * Body given to react-admin: `errors` flattened so forms show them under each field, and the
 * API's message as `root.serverError`, which react-admin forms show as their notification.
 */
export type FormErrors = Record<string, string | { serverError: string }>;
export interface HttpErrorBody {
  code: string;
  errors?: FormErrors;
  /** The API's `errors` as sent (e.g. the per-line report of a rejected CSV file). */
  details?: Record<string, string[]>;
}

const isApiError = (value: unknown): value is ApiErrorBody =>
  typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).message === 'string';

export function toHttpError(body: unknown, status: number): HttpError {
  if (!isApiError(body)) {
    const key = status === 0 ? 'app.errors.network' : 'app.errors.server';
    return new HttpError(key, status, { code: 'UNKNOWN' } satisfies HttpErrorBody);
  }
  const errors: FormErrors | undefined = body.errors
    ? {
        ...Object.fromEntries(Object.entries(body.errors).map(([field, messages]) => [field, messages.join(' ')])),
        root: { serverError: body.message },
      }
    : undefined;
  return new HttpError(body.message, status, { code: body.code, errors, details: body.errors } satisfies HttpErrorBody);
}

/** Field errors of a failed call, in the shape react-admin forms accept from onSubmit. */
export function fieldErrors(error: unknown): FormErrors | undefined {
  return error instanceof HttpError ? (error.body as HttpErrorBody | undefined)?.errors : undefined;
}

/** The API's `errors` of a failed call, untouched (one list of messages per field or line). */
export function errorDetails(error: unknown): Record<string, string[]> {
  return (error instanceof HttpError ? (error.body as HttpErrorBody | undefined)?.details : undefined) ?? {};
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'app.errors.server';
}
