import { Injectable } from '@nestjs/common';
import { Account } from '../accounts/account.entity';
import { AccountStatus } from '../accounts/role';
import { AuditService } from '../audit/audit.service';
import { Db } from '../database/db.service';
import { AppError } from '../http/app-error';
import { School } from '../schools/school.entity';
import { RequestContext } from '../tenancy/request-context';
import { TokenPurpose } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { Caller } from './caller';
import { InvitationResponse, MeResponse } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordResetsService } from './password-resets.service';
import { hashPassword, verifyPassword } from './secrets';
import { SessionsService } from './sessions.service';

const INVALID = () => new AppError(401, 'INVALID_CREDENTIALS', 'E-mail ou mot de passe incorrect.');

/**
 * Login, logout and one-time links. Runs before any tenant is known, so it works on the admin
 * connection, and answers the same way for unknown e-mails and wrong passwords.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly tokens: AccountTokensService,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
    private readonly resets: PasswordResetsService,
  ) {}

  private findByEmail(email: string): Promise<(Account & { passwordHash: string | null }) | null> {
    return this.db.admin
      .createQueryBuilder(Account, 'a')
      .addSelect('a.passwordHash')
      .where('a.email = :email', { email })
      .getOne() as Promise<(Account & { passwordHash: string | null }) | null>;
  }

  async login(email: string, password: string, meta: { ip: string; userAgent?: string }) {
    await this.throttle.assertAllowed(email, meta.ip);
    const account = await this.findByEmail(email);
    const ok = await verifyPassword(account?.passwordHash, password);
    if (!account || !ok || account.status !== AccountStatus.Active) {
      await this.throttle.recordFailure(email, meta.ip);
      throw INVALID();
    }
    await this.throttle.reset(email);
    await this.db.admin.update(Account, { id: account.id }, { lastLoginAt: new Date() });
    const session = await this.sessions.open(account, meta);
    return { session, me: await this.me(account.id) };
  }

  async me(accountId: string): Promise<MeResponse> {
    const account = await this.db.admin.findOneByOrFail(Account, { id: accountId });
    const school = account.schoolId ? await this.db.admin.findOneBy(School, { id: account.schoolId }) : null;
    return {
      id: account.id,
      email: account.email,
      fullName: account.fullName,
      role: account.role,
      schoolId: account.schoolId,
      schoolName: school?.name ?? null,
    };
  }

  logout(caller: Caller): Promise<void> {
    return this.sessions.revoke(caller.sessionId);
  }

  async describeInvitation(token: string): Promise<InvitationResponse> {
    const row = await this.tokens.findUsable(this.db.admin, token, TokenPurpose.Invitation);
    const me = await this.me(row.accountId);
    return { email: me.email, fullName: me.fullName, schoolName: me.schoolName };
  }

  /** Sets the first password of an invited account; the link then stops working. */
  acceptInvitation(token: string, password: string): Promise<void> {
    return this.usePasswordLink(token, TokenPurpose.Invitation, password);
  }

  /** Always answers the same, after the same work (no way to learn whether an e-mail has an account). */
  requestPasswordReset(email: string): Promise<void> {
    return this.resets.request(email);
  }

  resetPassword(token: string, password: string): Promise<void> {
    return this.usePasswordLink(token, TokenPurpose.PasswordReset, password);
  }

  private async usePasswordLink(token: string, purpose: TokenPurpose, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const accountId = await this.db.adminTransaction(async (m) => {
      const row = await this.tokens.findUsable(m, token, purpose, true);
      const account = await m.findOneByOrFail(Account, { id: row.accountId });
      const expected = purpose === TokenPurpose.Invitation ? AccountStatus.Invited : AccountStatus.Active;
      if (account.status !== expected) {
        throw new AppError(410, 'TOKEN_USED', "Ce lien n'est plus valable pour ce compte. Connectez-vous ou contactez votre école.");
      }
      await this.tokens.markUsed(m, row);
      await m.update(Account, { id: account.id }, { passwordHash, status: AccountStatus.Active });
      const actor: Caller = { accountId: account.id, sessionId: '', schoolId: account.schoolId, role: account.role, email: account.email };
      await this.context.run(actor, () =>
        this.audit.record(
          {
            schoolId: account.schoolId,
            entityType: 'account',
            entityId: account.id,
            action: purpose === TokenPurpose.Invitation ? 'account.activated' : 'account.password_reset',
            before: { status: account.status },
            after: { status: AccountStatus.Active },
          },
          m,
        ),
      );
      return account.id;
    });
    // Whoever held a session with the old password is logged out.
    if (purpose === TokenPurpose.PasswordReset) await this.sessions.revokeAllOf(accountId);
  }
}
