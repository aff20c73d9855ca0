import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Account, AccountStatus, Role, School } from '@app/platform';
import { hashPassword } from '@app/platform/auth/secrets';

export const TEST_PASSWORD = 'Test-password-2026';
let passwordHash: Promise<string> | undefined;

/** A school with a unique slug (admin connection: schools are platform data). */
export async function createSchool(m: EntityManager, overrides: Partial<School> = {}): Promise<School> {
  const suffix = randomUUID().slice(0, 8);
  return m.save(m.create(School, { name: `École test ${suffix}`, slug: `ecole-${suffix}`, ...overrides }));
}

/** An active account (password TEST_PASSWORD) with a unique e-mail. */
export async function createAccount(
  m: EntityManager,
  school: School | null,
  role: Role,
  overrides: Partial<Account> = {},
): Promise<Account> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = randomUUID().slice(0, 8);
  const account = m.create(Account, {
    schoolId: school?.id ?? null,
    email: `${role}-${suffix}@test.cqp.local`,
    fullName: `Personne ${suffix}`,
    role,
    status: AccountStatus.Active,
    ...overrides,
  });
  await m.save(account);
  await m.update(Account, { id: account.id }, { passwordHash: await passwordHash });
  return account;
}
