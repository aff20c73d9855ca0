import { EntityManager } from 'typeorm';
import type { ReminderRecipient } from './reminder-source';

/**
 * The active accounts of the open tenant transaction's school with one of `roles` (e.g. the staff: school_admin and
 * staff), as reminder recipients, by e-mail. One statement.
 */
export async function accountRecipients(tx: EntityManager, roles: readonly string[]): Promise<ReminderRecipient[]> {
  const rows: { id: string; email: string; full_name: string }[] = await tx.query(
    `SELECT id, email, full_name FROM accounts WHERE role = ANY($1) AND status = 'active' ORDER BY email`,
    [roles],
  );
  return rows.map((r) => ({ accountId: r.id, email: r.email, name: r.full_name }));
}

/** The roles of the school's staff (catalogue audience « staff »). */
export const STAFF_ROLES = ['school_admin', 'staff'] as const;
