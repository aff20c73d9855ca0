import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { AppConfig } from '../config/app-config';
import { AppError } from '../http/app-error';
import { MailService } from '../mail/mail.service';
import { ONE_TIME_LINK_PATHS } from '../mail/one-time-links';
import { AccountToken, TokenPurpose } from './account-token.entity';
import { invitationMail, passwordResetMail } from './auth.mails';
import { hashToken, newToken } from './secrets';

const LINK_PATHS: Record<TokenPurpose, (typeof ONE_TIME_LINK_PATHS)[number]> = {
  [TokenPurpose.Invitation]: 'invitation',
  [TokenPurpose.PasswordReset]: 'reinitialiser',
};

/** One-time links: issued with their e-mail in the same transaction, consumed once. */
@Injectable()
export class AccountTokensService {
  constructor(
    private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  private ttlMs(purpose: TokenPurpose): number {
    return purpose === TokenPurpose.Invitation
      ? this.config.INVITATION_TTL_HOURS * 3600_000
      : this.config.PASSWORD_RESET_TTL_MINUTES * 60_000;
  }

  /** Creates the link and composes its e-mail; earlier unused links of the same purpose stop working. */
  async issue(manager: EntityManager, account: Account, purpose: TokenPurpose, schoolName: string | null): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AccountToken)
      .set({ usedAt: () => 'now()' })
      .where('account_id = :id AND purpose = :purpose AND used_at IS NULL', { id: account.id, purpose })
      .execute();
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.ttlMs(purpose));
    const row = await manager.save(
      manager.create(AccountToken, { accountId: account.id, schoolId: account.schoolId, purpose, tokenHash: hash, expiresAt }),
    );
    const url = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/${LINK_PATHS[purpose]}/${token}`;
    const rendered =
      purpose === TokenPurpose.Invitation
        ? invitationMail({ fullName: account.fullName, role: account.role, schoolName, url, expiresAt })
        : passwordResetMail({ fullName: account.fullName, url, expiresAt });
    await this.mail.compose({ key: `${purpose}:${row.id}`, schoolId: account.schoolId, to: account.email, ...rendered }, manager);
  }

  /** The valid token row for `token`, or a 404/410 that says why the link does not work. */
  async findUsable(manager: EntityManager, token: string, purpose: TokenPurpose, lock = false): Promise<AccountToken> {
    const qb = manager
      .createQueryBuilder(AccountToken, 't')
      .where('t.token_hash = :hash AND t.purpose = :purpose', { hash: hashToken(token), purpose });
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new AppError(404, 'TOKEN_NOT_FOUND', "Ce lien n'existe pas. Vérifiez qu'il a été copié en entier.");
    if (row.usedAt) throw new AppError(410, 'TOKEN_USED', 'Ce lien a déjà été utilisé. Connectez-vous ou demandez un nouveau lien.');
    if (row.expiresAt.getTime() <= Date.now()) throw new AppError(410, 'TOKEN_EXPIRED', 'Ce lien a expiré. Demandez un nouveau lien.');
    return row;
  }

  async markUsed(manager: EntityManager, row: AccountToken): Promise<void> {
    await manager.update(AccountToken, { id: row.id }, { usedAt: new Date() });
  }
}
