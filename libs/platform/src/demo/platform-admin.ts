import { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { AccountStatus, Role } from '../accounts/role';
import { AccountToken, TokenPurpose } from '../auth/account-token.entity';
import { newToken } from '../auth/secrets';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source.options';

/**
 * Creates a platform administrator (or renews their invitation) and returns the one-time link to
 * choose a password: how a production instance gets its first administrator, with no known password.
 */
export async function invitePlatformAdmin(config: AppConfig, email: string, fullName: string): Promise<string> {
  const ds = await new DataSource(dataSourceOptions(config.DATABASE_ADMIN_URL, 1, 'cqp-cli')).initialize();
  try {
    return await ds.transaction(async (m) => {
      const normalised = email.trim().toLowerCase();
      let account = await m.findOneBy(Account, { email: normalised });
      if (account && account.role !== Role.PlatformAdmin) throw new Error(`${normalised} already has an account in a school`);
      account ??= await m.save(
        m.create(Account, { email: normalised, fullName, role: Role.PlatformAdmin, schoolId: null, status: AccountStatus.Invited }),
      );
      await m.update(AccountToken, { accountId: account.id, purpose: TokenPurpose.Invitation }, { usedAt: new Date() });
      if (account.status !== AccountStatus.Invited) await m.update(Account, { id: account.id }, { status: AccountStatus.Invited });
      const { token, hash } = newToken();
      await m.insert(AccountToken, {
        accountId: account.id,
        schoolId: null,
        purpose: TokenPurpose.Invitation,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + config.INVITATION_TTL_HOURS * 3600_000),
      });
      return `${config.PUBLIC_URL.replace(/\/$/, '')}/invitation/${token}`;
    });
  } finally {
    await ds.destroy();
  }
}
