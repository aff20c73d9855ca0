import { Client } from 'pg';

/** How a table is tied to a school: by its `school_id`, or `schools` itself by its `id`. */
export interface TenantTable {
  table: string;
  column: 'school_id' | 'id';
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table of the public schema (plain or partitioned), by name. */
export async function publicTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  return rows.map((r) => r.table);
}

/** The tables that hold a school's rows, read from the catalogue: those with a `school_id` column, and `schools`. */
export async function tenantTables(client: Client): Promise<TenantTable[]> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'school_id' AND NOT a.attisdropped)
      ORDER BY 1`,
  );
  return [{ table: 'schools', column: 'id' as const }, ...rows.map((r) => ({ table: r.table, column: 'school_id' as const }))];
}

/** Exact row counts of every public table. */
export async function rowCounts(client: Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables(client)) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
    counts[table] = rows[0].n;
  }
  return counts;
}

/** An md5 of each public table's rows (their text form, sorted): two databases with the same rows give the same sums. */
export async function tableChecksums(client: Client): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of await publicTables(client)) {
    const { rows } = await client.query<{ md5: string }>(
      `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5 FROM ${quote(table)} t`,
    );
    sums[table] = rows[0].md5;
  }
  return sums;
}

interface Column {
  name: string;
  type: string;
  kind: string;
  notNull: boolean;
  hasDefault: boolean;
  generated: boolean;
}

/** A value of a column's type, as SQL, that satisfies NOT NULL (foreign keys aside). */
function sampleValue(c: Column): string {
  if (c.kind === 'e') return `(enum_range(NULL::${c.type}))[1]`;
  if (c.type.endsWith('[]')) return `'{}'::${c.type}`;
  const base = c.type.replace(/\(.*\)/, '');
  const length = Number(/\((\d+)\)/.exec(c.type)?.[1] ?? 32);
  const samples: Record<string, string> = {
    uuid: 'gen_random_uuid()',
    text: `substr(md5(random()::text), 1, ${length})`,
    'character varying': `substr(md5(random()::text), 1, ${length})`,
    character: `substr(md5(random()::text), 1, ${length})`,
    integer: '1',
    smallint: '1',
    bigint: '1',
    numeric: '1',
    real: '1',
    'double precision': '1',
    boolean: 'false',
    date: 'current_date',
    'timestamp with time zone': 'now()',
    'timestamp without time zone': 'now()',
    'time without time zone': `'08:00'`,
    interval: `'1 hour'`,
    jsonb: `'{}'`,
    json: `'{}'`,
    bytea: `'\\x00'`,
    inet: `'127.0.0.1'`,
  };
  const value = samples[base];
  if (!value) throw new Error(`no sample value for type ${c.type} (column ${c.name})`);
  return `${value}::${c.type}`;
}

/**
 * Inserts one made-up row of `schoolId` into a tenant table: the tenant column, and a value of the right type in every
 * other NOT NULL column without a default. Foreign keys are not satisfied: the caller's transaction turns them off
 * (`SET LOCAL session_replication_role = replica`, as a superuser) and rolls back.
 */
export async function insertSampleRow(client: Client, tenant: TenantTable, schoolId: string): Promise<void> {
  const { rows: columns } = await client.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typtype AS kind,
            a.attnotnull AS "notNull", a.atthasdef AS "hasDefault", (a.attgenerated <> '' OR a.attidentity = 'a') AS generated
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [quote(tenant.table)],
  );
  const chosen = columns.filter((c) => c.name === tenant.column || (c.notNull && !c.hasDefault && !c.generated));
  const values = chosen.map((c) => (c.name === tenant.column ? `$1::uuid` : sampleValue(c)));
  await client.query(`INSERT INTO ${quote(tenant.table)} (${chosen.map((c) => quote(c.name)).join(', ')}) VALUES (${values.join(', ')})`, [
    schoolId,
  ]);
}
