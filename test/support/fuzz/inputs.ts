import fc from 'fast-check';
import { OpenAPIObject } from '@nestjs/swagger';
import { requestBodyOf, resolveSchema, Schema } from './json-schema';
import { fileInputs } from './file-inputs';
import { FuzzInput, FuzzTarget, JSON_TYPE } from './fuzz-input';
import { boundaryValue, deepArray, invalidValue, MISSING, Value } from './values';

type Path = (string | number)[];
interface Slot {
  path: Path;
  schema: Schema;
  required: boolean;
}
type Json = Record<string, unknown>;

const JSON_ROUTE_WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'text/csv',
  'application/pdf',
  'application/octet-stream',
  'image/png',
  'text/html',
  'application/json-patch+json',
  'application/jsonx',
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const MALFORMED_IDS = [
  'not-a-uuid',
  '123',
  '00000000-0000-0000-0000-00000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  "' OR '1'='1",
  '%00',
  '%ZZ',
  '..%2F..%2Fetc%2Fpasswd',
  '%E2%80%AE',
  '%F0%9F%98%80',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
];
/**
 * Values a path parameter does not take: malformed text for all; for an id or a link, also a well-formed id that names
 * nothing and random text (never for a `{kind}` or a `{key}`, where random text could be a real one).
 */
const malformedParam = (name: string): fc.Arbitrary<string> =>
  name === 'id' || name === 'token' || name.endsWith('Id')
    ? fc.oneof(
        fc.constantFrom(...MALFORMED_IDS),
        fc.uuid(),
        fc.string({ minLength: 1, maxLength: 40 }).map((s) => encodeURIComponent(`~${s}`)),
      )
    : fc.constantFrom(...MALFORMED_IDS);
/** Malformed text for a JSON body: each fails JSON.parse (checked). */
const JSON_SYNTAX_ERRORS = [
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  '0x10',
  '01',
  '.5',
  '+1',
  '"\\x41"',
  '"a\u0001b"',
  "'x'",
  '// c\n1',
  '[1,]',
];

/** `value` with the field at `path` set to `v` (or removed), `__proto__` and friends written as own fields. */
function setAt(value: Json, path: Path, v: unknown): Json {
  const copy = structuredClone(value);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    parent = parent[key] as Record<string | number, unknown>;
    // An earlier change replaced an object on the way (two boundary values, one inside the other): leave it be.
    if (typeof parent !== 'object' || parent === null) return copy;
  }
  const last = path[path.length - 1];
  if (v === MISSING) delete parent[last];
  else Object.defineProperty(parent, last, { value: v, enumerable: true, writable: true, configurable: true });
  return copy;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of `schema` (and of the nested objects present in `body`), each with its schema. */
function slotsOf(doc: OpenAPIObject, schema: Schema, body: unknown, path: Path = []): Slot[] {
  const out: Slot[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const s = resolveSchema(doc, raw) ?? {};
    const here = [...path, name];
    out.push({ path: here, schema: s, required: (schema.required ?? []).includes(name) });
    const value = isObject(body) ? body[name] : undefined;
    if (s.properties && isObject(value)) out.push(...slotsOf(doc, s, value, here));
    const items = resolveSchema(doc, s.items);
    if (items?.properties && Array.isArray(value) && isObject(value[0])) out.push(...slotsOf(doc, items, value[0], [...here, 0]));
  }
  return out;
}

/** The objects of the body where a field can be added: the body itself and each nested object present. */
const objectPaths = (slots: Slot[], body: Json): Path[] => [
  [],
  ...slots.filter((s) => s.schema.properties && isObject(pathValue(body, s.path))).map((s) => s.path),
];
const pathValue = (body: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v === null || typeof v !== 'object' ? undefined : (v as Json)[key]), body);
const prefixOf = (a: Path, b: Path) => a.length <= b.length && a.every((key, i) => b[i] === key);
const text = (v: unknown) => JSON.stringify(v);
const breaksJson = (s: string) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
};

/** A URL with its path parameter `name` replaced by `value` (the template tells which segment). */
function withParam(target: FuzzTarget, name: string, value: string): string {
  const [url, query] = target.url.split('?');
  const segments = url.split('/');
  const index = target.path.split('/').indexOf(`{${name}}`);
  segments[index] = value;
  return segments.join('/') + (query ? `?${query}` : '');
}

/**
 * Inputs `op` must refuse, from its OpenAPI description and a valid body: one field made invalid (with up to two other
 * fields at a boundary of what they allow), a field the schema does not declare (prototype keys among them), another
 * JSON value than an object, malformed JSON, a wrong content type, a malformed id in the path; for a route taking no
 * body, any data at all; for a route taking a file, bytes of no known type, nothing, a forged name, JSON.
 */
export function inputsFor(doc: OpenAPIObject, target: FuzzTarget, headers: Record<string, string>): fc.Arbitrary<FuzzInput> {
  const { schema, types } = requestBodyOf(doc, target.path, target.method);
  const json = (kind: string, body: unknown, type = JSON_TYPE): FuzzInput => ({
    kind,
    url: target.url,
    headers: { ...headers, 'content-type': type },
    payload: typeof body === 'string' ? body : text(body),
  });
  const params = [...target.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const queryParams = (
    ((doc.paths[target.path] as Record<string, { parameters?: { in: string; name: string }[] }>)[target.method]?.parameters ?? []) as {
      in: string;
      name: string;
    }[]
  )
    .filter((p) => p.in === 'query')
    .map((p) => p.name);

  const options: fc.WeightedArbitrary<FuzzInput>[] = [];
  const base: Json = isObject(target.body) ? target.body : {};
  const takesJson = types.includes(JSON_TYPE);
  const takesFile = types.length > 0 && !takesJson;

  if (takesJson && schema) {
    const slots = slotsOf(doc, schema, base);
    const itemOf = (s: Schema) => resolveSchema(doc, s.items);
    const boundary = fc.constantFrom(...slots).chain((slot) => boundaryValue(slot.schema).map((v) => ({ slot, v })));
    if (slots.length)
      options.push({
        weight: 60,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...slots).chain((slot) => invalidValue(slot.schema, slot.required, itemOf).map((v) => ({ slot, v }))),
            fc.array(boundary, { maxLength: 2 }),
          )
          .map(([bad, edges]) => {
            let body = base;
            const kept = edges.filter((e) => !prefixOf(e.slot.path, bad.slot.path) && !prefixOf(bad.slot.path, e.slot.path));
            for (const e of kept) body = setAt(body, e.slot.path, e.v.value);
            body = setAt(body, bad.slot.path, bad.v === MISSING ? MISSING : (bad.v as Value).value);
            const label = bad.v === MISSING ? 'missing' : (bad.v as Value).label;
            return json(`${bad.slot.path.join('.')}: ${label}`, body);
          }),
      });
    const declared = (path: Path) =>
      Object.keys(
        (path.length ? slots.find((s) => prefixOf(s.path, path) && s.path.length === path.length)?.schema : schema)?.properties ?? {},
      );
    options.push({
      weight: 12,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...objectPaths(slots, base)),
          fc.oneof(
            fc.constantFrom(...PROTOTYPE_KEYS, 'schoolId', 'isAdmin', 'role'),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
          ),
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ prototype: { isAdmin: true } }), fc.constant({ isAdmin: true })),
        )
        .filter(([path, name]) => !declared(path).includes(name))
        .map(([path, name, value]) =>
          json(`extra field${PROTOTYPE_KEYS.includes(name) ? ` ${name}` : ''}`, setAt(base, [...path, name], value)),
        ),
    });
    options.push({
      weight: 6,
      arbitrary: fc
        .oneof(fc.constantFrom<unknown>(null, true, false, 0, -1, 'x', '', [], [base], [[]]), deepArray)
        .map((body) => json('not an object', body)),
    });
    options.push({
      weight: 6,
      arbitrary: fc.constantFrom(...JSON_ROUTE_WRONG_TYPES).map((type) => json(`content type ${type}`, base, type)),
    });
    // The valid body as an HTML form would send it (what a cross-site form can post without a preflight).
    const form = new URLSearchParams(
      Object.entries(base)
        .filter(([, v]) => typeof v !== 'object')
        .map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
    if (form) options.push({ weight: 2, arbitrary: fc.constant(json('form instead of JSON', form, 'application/x-www-form-urlencoded')) });
  } else if (!takesFile) {
    // No body: any data is refused (an empty object or nothing at all would be a valid call).
    options.push({
      weight: 40,
      arbitrary: fc
        .dictionary(
          fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 })),
          fc.jsonValue({ maxDepth: 2 }),
          {
            minKeys: 1,
            maxKeys: 4,
          },
        )
        .map((body) => json('field on a route without body', body)),
    });
    options.push({
      weight: 20,
      arbitrary: fc
        .oneof(
          fc.constantFrom<unknown>(true, false, 0, -1, 'x', [1], ['x'], [{}], [[]]),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
          deepArray,
        )
        .map((body) => json('data on a route without body', body)),
    });
    options.push({
      weight: 10,
      arbitrary: fc
        .constantFrom(...JSON_ROUTE_WRONG_TYPES)
        .map((type) => json(`content type ${type}`, type.includes('form-urlencoded') ? 'a=1' : text({ a: 1 }), type)),
    });
  }
  if (takesJson || !takesFile) {
    const source = text(base);
    const fields = Object.keys(schema?.properties ?? { a: 1 });
    options.push({
      weight: 8,
      arbitrary: fc
        .oneof(
          fc.integer({ min: 0, max: Math.max(0, source.length - 1) }).map((n) => source.slice(0, n)),
          fc.constantFrom(`${source}x`, `${source},`, `${source}}`, source.replace(/"/g, "'"), `\u0000${source}`),
          fc
            .tuple(fc.constantFrom(...fields), fc.constantFrom(...JSON_SYNTAX_ERRORS))
            .map(([field, bad]) => `${source.slice(0, -1)}${source.length > 2 ? ',' : ''}"${field}":${bad}}`),
        )
        .filter(breaksJson)
        .map((body) => json('malformed JSON', body)),
    });
  }
  if (takesFile) options.push(...fileInputs(target, types, headers));

  // A malformed id (or token, kind, key) in the path, with the valid body (nothing for a route without one).
  if (params.length) {
    const body = takesJson ? text(base) : takesFile ? Buffer.from('%PDF-1.4\n%%EOF\n') : undefined;
    const type = takesJson ? JSON_TYPE : takesFile ? types[0] : undefined;
    options.push({
      weight: 8,
      arbitrary: fc
        .constantFrom(...params)
        .chain((name) => fc.tuple(fc.constant(name), malformedParam(name)))
        .map(([name, value]) => ({
          kind: `path {${name}} malformed`,
          url: withParam(target, name, value),
          headers: type ? { ...headers, 'content-type': type } : headers,
          payload: body,
        })),
    });
  }
  const inputs = fc.oneof(...options);
  if (!queryParams.length) return inputs;
  // Query parameters at odd values, on top of an input refused anyway.
  return fc
    .tuple(
      inputs,
      fc.option(fc.tuple(fc.constantFrom(...queryParams), fc.constantFrom('maybe', '', '%00', 'true&dryRun=false', '1e3', '__proto__'))),
    )
    .map(([input, query]) =>
      query ? { ...input, url: `${input.url}${input.url.includes('?') ? '&' : '?'}${query[0]}=${query[1]}` } : input,
    );
}
