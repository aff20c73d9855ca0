import { createHash } from 'node:crypto';

/** The largest row index an id can hold (15 hexadecimal digits). */
const MAX_INDEX = 16 ** 15 - 1;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * Deterministic ids and pseudo-random numbers of a scale dataset, derived from its seed, a kind (« trainee »,
 * « attendance »...) and a row index, in TypeScript and as SQL expressions that give the same values.
 *
 * An id is a version-4-shaped UUID: 16 hexadecimal digits from md5(seed:kind), then the row index on 15 digits. Ids of one
 * kind thus grow with the index, so bulk inserts in index order append to the primary key instead of writing all over
 * it; two seeds or two kinds never share an id prefix (but for an md5 collision on 60 bits).
 *
 * Random numbers come from PostgreSQL's `hashint8extended(index, seed)`, the stable hash of hash partitioning: the same
 * value on every platform and version. TypeScript-side choices (the cohort plan) use md5 instead.
 */
export class ScaleKeys {
  constructor(readonly seed: number) {}

  private prefix(kind: string): string {
    const h = md5(`${this.seed}:${kind}`);
    return `${h.slice(0, 12)}4${h.slice(12, 15)}8`;
  }

  /** The id of row `index` of `kind`. */
  idOf(kind: string, index: number): string {
    if (!Number.isSafeInteger(index) || index < 0 || index > MAX_INDEX) throw new RangeError(`Index out of range for ${kind}: ${index}`);
    const hex = this.prefix(kind) + index.toString(16).padStart(15, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** SQL: the id of row `indexSql` (an integer expression) of `kind`, as a uuid. */
  id(kind: string, indexSql: string): string {
    return `('${this.prefix(kind)}' || lpad(to_hex((${indexSql})::int8), 15, '0'))::uuid`;
  }

  /** The int8 seed of `kind`'s hash (positive, 60 bits). */
  private hashSeed(kind: string): string {
    return BigInt(`0x${md5(`hash:${this.seed}:${kind}`).slice(0, 15)}`).toString();
  }

  /** SQL: a non-negative pseudo-random int8 for row `indexSql` of `kind`. */
  hash(kind: string, indexSql: string): string {
    return `(hashint8extended((${indexSql})::int8, ${this.hashSeed(kind)}) & 9223372036854775807)`;
  }

  /** SQL: a pseudo-random integer from 0 to n − 1. */
  pick(kind: string, indexSql: string, n: number | string): string {
    return `(${this.hash(kind, indexSql)} % (${n}))::int`;
  }

  /** SQL: a pseudo-random float8 in [0, 1). */
  unit(kind: string, indexSql: string): string {
    return `((${this.hash(kind, indexSql)} % 1073741824)::float8 / 1073741824)`;
  }

  /** A pseudo-random integer from 0 to n − 1 for TypeScript-side choices (md5 of seed, kind and index). */
  pickTs(kind: string, index: number, n: number): number {
    return Number(BigInt(`0x${md5(`${this.seed}:${kind}:${index}`).slice(0, 12)}`) % BigInt(n));
  }

  /** A hexadecimal digest of seed, kind and index (stand-in content hashes, tokens). */
  digest(kind: string, index: number): string {
    return md5(`${this.seed}:${kind}:${index}`);
  }
}
