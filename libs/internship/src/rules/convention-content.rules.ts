import { createHash } from 'node:crypto';

/** A JSON value, as stored in a jsonb column. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The canonical JSON of `value`: object keys sorted (by UTF-16 code units), no whitespace, so two equal contents give
 * the same text whatever the order their keys were written in (jsonb does not keep it). Throws a RangeError on what
 * JSON cannot hold exactly: undefined, a function, a non-finite number, a Date or another class instance.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Nombre non représentable en JSON : ${value}.`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new RangeError(`Valeur non représentable en JSON : ${typeof value}.`);
}

/** The SHA-256 (64 hex digits) of the canonical JSON of `content`: what a party signs. */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
