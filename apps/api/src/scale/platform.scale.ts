import { ScaleContext } from './scale-context';
import { FIRST_NAMES, LAST_NAMES } from './scale-names';
import { createWorkTable, dateLiteral, parisAt } from './scale-sql';

/** Staff accounts of a school, by rank: the direction, the secretariat, the head of training, then the trainers. */
export const STAFF = { admin: 0, secretariat: 1, pedagogy: 2, firstTrainer: 3 } as const;

/** SQL: the id of staff account `rank` of school `schoolSql` (see STAFF). */
export function staffId(ctx: ScaleContext, schoolSql: string, rank: number | string): string {
  return ctx.keys.id('staff', `(${schoolSql}) * 64 + ${rank}`);
}

/**
 * The schools (no letterhead) and their staff: a school administrator (direction), two staff members (secrétariat,
 * responsable pédagogique) and the trainers, all active with the bench password. Work table scale_school.
 */
export async function seedSchools(ctx: ScaleContext): Promise<void> {
  const { sql, keys, plan } = ctx;
  const schools = plan.schools;
  await createWorkTable(
    sql,
    'scale_school',
    `SELECT s.s, ${keys.id('school', 's.s')} AS id, s.slug, s.name, s.city, s.postal_code, s.cesu
       FROM unnest($6::int[], $1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS s(s, slug, name, city, postal_code, cesu)`,
    [
      schools.map((s) => s.slug),
      schools.map((s) => s.name),
      schools.map((s) => s.city.name),
      schools.map((s) => s.city.postalCode),
      schools.map((s) => s.city.cesu),
      schools.map((s) => s.index),
    ],
  );
  const created = parisAt(dateLiteral(plan.since), '09:00');
  await sql(`INSERT INTO schools (id, name, slug, created_at, updated_at) SELECT id, name, slug, ${created}, ${created} FROM scale_school`);
  const roles = ['school_admin', 'staff', 'staff', ...Array.from({ length: plan.trainersPerSchool }, () => 'trainer')];
  const locals = [
    'direction',
    'secretariat',
    'pedagogie',
    ...Array.from({ length: plan.trainersPerSchool }, (_, t) => `formateur${t + 1}`),
  ];
  await sql(
    `INSERT INTO accounts (id, school_id, email, full_name, role, status, password_hash, created_at, updated_at)
     SELECT ${staffId(ctx, 'sc.s', 'r.ord - 1')}, sc.id, r.local || '@' || sc.slug || '.scale.test',
            ($3::text[])[1 + ${keys.pick('staff-first', 'sc.s * 64 + r.ord', '$5')}] || ' ' ||
            ($4::text[])[1 + ${keys.pick('staff-last', 'sc.s * 64 + r.ord', '$6')}],
            r.role::account_role, 'active', $7, ${created}, ${created}
       FROM scale_school sc, unnest($1::text[], $2::text[]) WITH ORDINALITY AS r(role, local, ord)
      ORDER BY sc.s, r.ord`,
    [roles, locals, FIRST_NAMES, LAST_NAMES, FIRST_NAMES.length, LAST_NAMES.length, ctx.passwordHash],
  );
}
