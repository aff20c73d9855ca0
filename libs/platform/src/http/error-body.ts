import { HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ErrorBody } from './app-error';
import { JSON_TOO_DEEP, MAX_JSON_DEPTH } from './json-depth.rules';
import { isServiceUnavailable } from './unavailable.rules';

const DEFAULTS: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', 'La requête est invalide.'],
  401: ['UNAUTHENTICATED', 'Vous devez vous connecter.'],
  403: ['FORBIDDEN', "Vous n'avez pas accès à cette ressource."],
  404: ['NOT_FOUND', 'Ressource introuvable.'],
  405: ['METHOD_NOT_ALLOWED', 'Méthode non autorisée.'],
  406: ['NOT_ACCEPTABLE', 'Format de réponse non disponible.'],
  409: ['CONFLICT', 'Cette opération entre en conflit avec les données existantes.'],
  410: ['GONE', "Ce lien n'est plus valable."],
  413: ['PAYLOAD_TOO_LARGE', 'La requête est trop volumineuse.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', "Le type de contenu n'est pas pris en charge (JSON attendu, ou le fichier seul pour un document)."],
  429: ['TOO_MANY_REQUESTS', 'Trop de requêtes : réessayez dans quelques minutes.'],
};

/** Fastify's own errors (body parsing, limits, malformed URLs) and our body parser's, mapped to our codes. */
const FASTIFY: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON', "Le corps de la requête n'est pas un JSON valide."],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MALFORMED_JSON', 'Le corps de la requête JSON est vide.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'La requête est trop volumineuse.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    "Le type de contenu n'est pas pris en charge (JSON attendu, ou le fichier seul pour un document).",
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', 'En-tête Content-Length invalide.'],
  FST_ERR_BAD_URL: [400, 'MALFORMED_URL', "L'adresse demandée est mal formée (encodage des caractères invalide)."],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'URI_TOO_LONG', "L'adresse demandée est trop longue."],
  [JSON_TOO_DEEP]: [400, 'BODY_TOO_DEEP', `Le corps de la requête est trop imbriqué (${MAX_JSON_DEPTH} niveaux au plus).`],
};

function fallback(statusCode: number): ErrorBody {
  const [code, message] =
    DEFAULTS[statusCode] ??
    (statusCode >= 500 ? ['INTERNAL_ERROR', "Une erreur inattendue s'est produite."] : ['BAD_REQUEST', 'La requête est invalide.']);
  return { statusCode, code, message };
}

/** Turns anything thrown into the public error shape; `internal` says whether to log it as a fault. */
export function toErrorBody(err: unknown): { body: ErrorBody; internal: boolean } {
  // Nest wraps Fastify's errors (body parsing, limits) in an HttpException whose cause is the original.
  if (err instanceof HttpException && err.cause && typeof (err.cause as { code?: unknown }).code === 'string') {
    return toErrorBody(err.cause);
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const res = err.getResponse();
    if (typeof res === 'object' && res !== null && 'code' in res && typeof res.code === 'string') {
      return { body: res as ErrorBody, internal: false };
    }
    return { body: fallback(status), internal: status >= 500 };
  }
  if (err instanceof QueryFailedError) {
    const pgCode = (err as QueryFailedError & { code?: string }).code;
    if (pgCode === '23505') return { body: fallback(409), internal: false };
    // Data exceptions (bad date, value too long, out of range) and other integrity violations: the input was wrong.
    if (pgCode?.startsWith('22') || pgCode === '23502' || pgCode === '23503' || pgCode === '23514') {
      return {
        body: { statusCode: 400, code: 'INVALID_VALUE', message: 'Une des valeurs fournies est invalide ou trop longue.' },
        internal: false,
      };
    }
  }
  const e = err as { code?: unknown; statusCode?: unknown };
  if (typeof e?.code === 'string' && FASTIFY[e.code]) {
    const [statusCode, code, message] = FASTIFY[e.code];
    return { body: { statusCode, code, message }, internal: false };
  }
  if (typeof e?.code === 'string' && e.code.startsWith('FST_') && typeof e.statusCode === 'number' && e.statusCode < 500) {
    return { body: fallback(e.statusCode), internal: false };
  }
  if (isServiceUnavailable(err)) return { body: SERVICE_UNAVAILABLE, internal: true };
  return { body: fallback(HttpStatus.INTERNAL_SERVER_ERROR), internal: true };
}

/** PostgreSQL or Redis away: the request was not done (or its follow-up work will be), it may be tried again shortly. */
export const SERVICE_UNAVAILABLE: ErrorBody = {
  statusCode: 503,
  code: 'SERVICE_UNAVAILABLE',
  message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
};

/** Seconds a client should wait before trying a 503 again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;
