import fc from 'fast-check';
import { Schema } from './json-schema';

/** A field left out of the body. */
export const MISSING = Symbol('missing');
/** A value for one field, named by what makes it odd (`over maxLength`, `out of enum`...), for the summary. */
export interface Value {
  label: string;
  value: unknown;
}

/** Characters that break naive code: NUL, bidirectional override, zero-width, lone surrogates, emoji, quotes, markup. */
export const ODD_CHARS = [
  '\u0000',
  '\u202e',
  '\u200b',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍⚕️',
  'e\u0301',
  '\ufeff',
  '\u2028',
  '\\',
  '"',
  "'",
  '<script>alert(1)</script>',
  '%00',
  '${7*7}',
  "' OR 1=1 --",
];
/** Single characters that no trimming removes, each counted as one by any length check: the stuff of over-long strings. */
const LONG_CHARS = ['x', 'é', 'ß', '\u0000', '\u202e', '\u200b', '😀', '\ud800', '<', '"', '\\', '中'];

const oddString = fc
  .array(fc.oneof(fc.constantFrom(...ODD_CHARS), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/** A string of exactly `length` characters (code points) from LONG_CHARS, starting and ending with `x`. */
const stringOf = (length: number): fc.Arbitrary<string> =>
  length <= 2
    ? fc.constant('x'.repeat(length))
    : fc.array(fc.constantFrom(...LONG_CHARS), { minLength: length - 2, maxLength: length - 2 }).map((cs) => `x${cs.join('')}x`);

/** Nested arrays or objects `depth` levels deep. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}
const deep = fc
  .tuple(fc.integer({ min: 20, max: 3000 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
  .map(([d, k]) => nested(d, k));
/** Lists nested 20 to 3,000 levels deep. */
export const deepArray = fc.integer({ min: 20, max: 3000 }).map((d) => nested(d, 'array'));

const label =
  (name: string) =>
  (value: unknown): Value => ({ label: name, value });
const values = (name: string, ...list: unknown[]) => fc.constantFrom(...list).map(label(name));

const MALFORMED_UUIDS = [
  '',
  'not-a-uuid',
  '123',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-0000-0000-0000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '{00000000-0000-4000-8000-000000000000}',
  "00000000-0000-4000-8000-000000000000' OR '1'='1",
  '00000000-0000-4000-8000-000000000000\u0000',
  '00000000-0000-4000-8000-00000000000😀',
  '../../etc/passwd',
];
const MALFORMED_DATES = [
  '',
  'demain',
  '2027-13-01',
  '2027-00-10',
  '2027-02-30',
  '2027-1-1',
  '27-01-01',
  '01/02/2027',
  '2027/01/02',
  '0000-00-00',
  '2027-01-01\u0000',
  '2027-01-0😀',
  '99999999-01-01',
];
const MALFORMED_DATE_TIMES = ['', 'demain', '2027-01-05T25:00:00Z', '2027-13-05T09:30:00Z', '2027-01-05T09:61:00+01:00', 'T09:30', '09:30'];
const MALFORMED_EMAILS = [
  '',
  'pas-une-adresse',
  '@example.fr',
  'a@',
  'a@@example.fr',
  'a b@example.fr',
  'a@example.fr\u0000',
  '<a@example.fr>',
];

/** Values of another JSON type than `schema`'s (or any value at all where the schema names none). */
function wrongType(schema: Schema): fc.Arbitrary<Value> {
  const notString = fc.oneof(fc.integer().map(label('number instead of text')), values('wrong type', true, false, [], ['x'], {}, { a: 1 }));
  const notNumber = fc.oneof(
    fc.integer().map((n) => ({ label: 'number as text', value: String(n) })),
    values('NaN-like text', 'NaN', 'Infinity', '-Infinity', '1e309', '0x10', '1,5', '', ' '),
    values('wrong type', true, [], [1], {}),
  );
  const notBoolean = values('wrong type', 'true', 'false', 1, 0, 'yes', 'on', '', [], {});
  const notArray = values('wrong type', 'x', 1, true, {}, { 0: 'x' });
  const notObject = values('wrong type', 'x', 1, true, [], ['x']);
  const deepValue = deep.map(label('deep nesting'));
  if (schema.enum) return fc.oneof(typeof schema.enum[0] === 'number' ? notNumber : notString, deepValue);
  switch (schema.type) {
    case 'string':
      return fc.oneof(notString, deepValue);
    case 'number':
    case 'integer':
      return fc.oneof(notNumber, deepValue);
    case 'boolean':
      return fc.oneof(notBoolean, deepValue);
    case 'array':
      return notArray;
    case 'object':
      return fc.oneof(notObject, deepValue);
    default:
      return schema.oneOf ? notOneOf(schema.oneOf) : fc.oneof(notString, deepValue);
  }
}

/** Values matching none of the branches of a `oneOf`. */
function notOneOf(branches: Schema[]): fc.Arbitrary<Value> {
  const candidates: unknown[] = [{}, ['x'], { a: 1 }];
  if (!branches.some((b) => b.type === 'boolean')) candidates.push(true, false);
  if (!branches.some((b) => b.type === 'string' && !b.enum && !b.format)) candidates.push('hors-liste', '', 'ABSENT');
  return values('matches no branch', ...candidates);
}

/** A number past `bound` by at least `step`, in the direction `sign`, never outside what JSON can carry. */
const past = (bound: number, sign: 1 | -1, integer: boolean) =>
  fc.oneof(
    fc.constantFrom(1, 0.5, 0.001, 1000, 1e6).map((step) => bound + sign * (integer ? Math.ceil(step) : step)),
    fc.constant(sign * 1e308),
    fc.constant(sign * (Number.MAX_SAFE_INTEGER + 2)),
  );

/**
 * Values the schema refuses for a field (missing when required, null when not nullable, another type, out of range,
 * too long or short, out of the enum, a malformed uuid, date or e-mail), never a value the schema allows.
 */
export function invalidValue(
  schema: Schema,
  required: boolean,
  itemOf: (s: Schema) => Schema | undefined,
): fc.Arbitrary<Value | typeof MISSING> {
  const options: fc.Arbitrary<Value | typeof MISSING>[] = [wrongType(schema)];
  if (required) options.push(fc.constant(MISSING));
  if (required && !schema.nullable) options.push(fc.constant({ label: 'null', value: null }));
  if (schema.enum) {
    const strings = schema.enum.filter((v): v is string => typeof v === 'string');
    const near = strings.flatMap((v) => [v.toUpperCase(), `${v}\u200b`, `${v}x`, `\u202e${v}`]).filter((v) => !schema.enum!.includes(v));
    const numbers = [0, 3, 1.5, -1, 99].filter((n) => !schema.enum!.includes(n));
    options.push(values('out of enum', 'hors-liste', 'INVALID', '__proto__', 'constructor', ...near, ...(strings.length ? [] : numbers)));
  }
  if (schema.type === 'string' && !schema.enum) {
    if (schema.maxLength !== undefined) {
      const max = schema.maxLength;
      options.push(
        fc
          .integer({ min: max + 1, max: max + Math.max(10, max) })
          .chain(stringOf)
          .map(label('over maxLength')),
      );
    }
    if (schema.minLength)
      options.push(
        fc
          .integer({ min: 0, max: schema.minLength - 1 })
          .chain(stringOf)
          .map(label('under minLength')),
      );
    if (schema.format === 'uuid') options.push(fc.constantFrom(...MALFORMED_UUIDS).map(label('malformed uuid')));
    if (schema.format === 'date') options.push(fc.constantFrom(...MALFORMED_DATES).map(label('malformed date')));
    if (schema.format === 'date-time') options.push(fc.constantFrom(...MALFORMED_DATE_TIMES).map(label('malformed date-time')));
    if (schema.format === 'email') options.push(fc.constantFrom(...MALFORMED_EMAILS).map(label('malformed e-mail')));
  }
  if ((schema.type === 'number' || schema.type === 'integer') && !schema.enum) {
    const integer = schema.type === 'integer';
    if (schema.minimum !== undefined) options.push(past(schema.minimum, -1, integer).map(label('under minimum')));
    if (schema.maximum !== undefined) options.push(past(schema.maximum, 1, integer).map(label('over maximum')));
    if (integer) options.push(fc.integer({ min: -1000, max: 1000 }).map((n) => ({ label: 'fractional', value: n + 0.5 })));
  }
  if (schema.type === 'array') {
    const items = itemOf(schema);
    if (schema.maxItems !== undefined) {
      const n = schema.maxItems + 1;
      options.push(fc.constant({ label: 'too many items', value: Array.from({ length: n }, () => 'x') }));
    }
    if (items) {
      options.push(
        invalidValue(items, true, itemOf)
          .filter((v): v is Value => v !== MISSING && !(v.label === 'null' && items.nullable))
          .map((v) => ({ label: `item ${v.label}`, value: [v.value] })),
      );
      if (items.properties && items.required?.length) options.push(fc.constant({ label: 'item missing fields', value: [{}] }));
    }
  }
  if (schema.type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    const entry = itemOf({ items: schema.additionalProperties });
    if (entry)
      options.push(
        invalidValue(entry, true, itemOf)
          .filter((v): v is Value => v !== MISSING && !(v.label === 'null' && entry.nullable))
          .map((v) => ({ label: `entry ${v.label}`, value: { 'BC01-C1': v.value } })),
      );
  }
  return fc.oneof(...options);
}

/**
 * Values at the edge of what the schema allows, or that it does not constrain (exactly maxLength, minimum, maximum,
 * fractions, null where nullable, empty strings and arrays, unicode oddities, very long strings): mixed into inputs
 * that are invalid otherwise, they must not change the refusal into a fault or a write.
 */
export function boundaryValue(schema: Schema): fc.Arbitrary<Value> {
  const options: fc.Arbitrary<Value>[] = [];
  if (schema.nullable) options.push(values('null (nullable)', null));
  if (schema.enum) options.push(fc.constantFrom(...schema.enum).map(label('enum value')));
  else if (schema.type === 'string') {
    options.push(oddString.map(label('unicode oddity')), values('empty or blank text', '', ' ', '\t\n'));
    if (schema.maxLength !== undefined) options.push(stringOf(schema.maxLength).map(label('exactly maxLength')));
    else options.push(fc.integer({ min: 1000, max: 20_000 }).chain(stringOf).map(label('long text')));
    if (schema.minLength) options.push(stringOf(schema.minLength).map(label('exactly minLength')));
  } else if (schema.type === 'number' || schema.type === 'integer') {
    const bounds = [schema.minimum, schema.maximum].filter((n): n is number => n !== undefined);
    options.push(
      values('boundary number', 0, -1, 1.5, 1e-9, 2 ** 31, Number.MAX_SAFE_INTEGER, ...bounds),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(label('any number')),
    );
  } else if (schema.type === 'boolean') options.push(values('boolean', true, false));
  else if (schema.type === 'array') options.push(values('empty array', []));
  return options.length ? fc.oneof(...options) : values('null (nullable)', null);
}
