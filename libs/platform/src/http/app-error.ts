import { HttpException } from '@nestjs/common';

export type FieldErrors = Record<string, string[]>;

/** The one error shape: `{ statusCode, code, message, errors? }`, message in French for a person. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldErrors;
}

/** An error with a stable code and a message a person can act on. */
export class AppError extends HttpException {
  constructor(statusCode: number, code: string, message: string, errors?: FieldErrors) {
    super({ statusCode, code, message, ...(errors ? { errors } : {}) } satisfies ErrorBody, statusCode);
  }
}

export const notFound = (what = 'Ressource') => new AppError(404, 'NOT_FOUND', `${what} introuvable.`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const forbidden = (message = "Vous n'avez pas accès à cette ressource.") => new AppError(403, 'FORBIDDEN', message);
