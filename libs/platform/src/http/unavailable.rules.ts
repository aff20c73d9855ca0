/** Socket errors: the server refused the connection, dropped it, or did not answer. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
 * cannot_connect_now, and 57014 query_canceled (the statement ran past DATABASE_STATEMENT_TIMEOUT_MS: the server is
 * too busy, or waited on a lock, to answer in time).
 */
const SERVER_GOING_AWAY = /^(08[0-9A-Z]{3}|57P0[123]|57014)$/;
/** What node-postgres and ioredis say, without a code, when the server goes away or does not answer in time. */
const LOST_CONNECTION =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|Stream isn't writeable/;
/** Errors of our own ports and of ioredis that mean the service is away. */
const NAMES = new Set(['QueueUnavailable', 'MaxRetriesPerRequestError']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
}

/**
 * Whether `err` says that PostgreSQL or Redis is away (stopped, restarting, unreachable) rather than that the request
 * or the code is wrong: the answer is then 503, the request may be tried again in a moment. Looks through `cause`
 * and TypeORM's `driverError`.
 */
export function isServiceUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as ErrorLike;
  if (typeof e.name === 'string' && NAMES.has(e.name)) return true;
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SERVER_GOING_AWAY.test(e.code))) return true;
  if (typeof e.message === 'string' && LOST_CONNECTION.test(e.message)) return true;
  return isServiceUnavailable(e.cause, depth + 1) || isServiceUnavailable(e.driverError, depth + 1);
}
