/** What a route that takes no body makes of the body it received. */
export type UnexpectedBody =
  | { ok: true }
  /** Fields of a JSON object: each refused as an unknown field, as the validation pipe refuses them in a declared body. */
  | { ok: false; fields: string[] }
  /** Anything else that carries data (an array, a text, a number): refused as a whole. */
  | { ok: false; fields: null };

const isStream = (value: object): boolean => typeof (value as { pipe?: unknown }).pipe === 'function';

/**
 * A route without a body must not silently drop one: a trainee sending `{ "traineeId": … }` to a route that signs their
 * own line would believe it took effect. Nothing sent, `{}` or an empty text is fine; so is a raw stream (a file's
 * content type) announcing no bytes (`declaredBytes`, from Content-Length); fields or any other value are refused, and a
 * stream announcing bytes too (an upload's content type on a route that takes no file: its bytes would be dropped).
 */
export function checkUnexpectedBody(body: unknown, declaredBytes = 0): UnexpectedBody {
  if (body === undefined || body === null || body === '') return { ok: true };
  if (Buffer.isBuffer(body)) return body.length === 0 ? { ok: true } : { ok: false, fields: null };
  if (typeof body !== 'object') return { ok: false, fields: null };
  if (Array.isArray(body)) return body.length === 0 ? { ok: true } : { ok: false, fields: null };
  if (isStream(body)) return declaredBytes === 0 ? { ok: true } : { ok: false, fields: null };
  const fields = Object.keys(body);
  return fields.length === 0 ? { ok: true } : { ok: false, fields };
}
