import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { TokenPurpose } from '../auth/account-token.entity';
import { AccountTokensService } from '../auth/account-tokens.service';
import { Caller } from '../auth/caller';
import { SessionsService } from '../auth/sessions.service';
import { Db } from '../database/db.service';
import { AppError, conflict, notFound } from '../http/app-error';
import { School } from '../schools/school.entity';
import { Account } from './account.entity';
import { InviteUserRequest, UpdateUserRequest, UserQuery } from './dto/account.dto';
import { AccountStatus } from './role';

const SORT_COLUMNS = { createdAt: 'a.created_at', fullName: 'a.full_name', email: 'a.email', lastLoginAt: 'a.last_login_at' } as const;
const snapshot = (a: Account) => ({ email: a.email, fullName: a.fullName, role: a.role, status: a.status });

/** The accounts of the caller's school (school administrators manage them). */
@Injectable()
export class AccountsService {
  constructor(
    private readonly db: Db,
    private readonly tokens: AccountTokensService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async list(q: UserQuery): Promise<[Account[], number]> {
    const qb = this.db.tx.createQueryBuilder(Account, 'a');
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(new Brackets((w) => w.where('a.full_name ILIKE :like', { like }).orWhere('a.email ILIKE :like', { like })));
    }
    if (q.role) qb.andWhere('a.role = :role', { role: q.role });
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    return qb.orderBy(SORT_COLUMNS[q.sort], q.direction, 'NULLS LAST').addOrderBy('a.id').skip(q.skip).take(q.pageSize).getManyAndCount();
  }

  async get(id: string): Promise<Account> {
    const account = await this.db.tx.findOneBy(Account, { id });
    if (!account) throw notFound('Utilisateur');
    return account;
  }

  /** Creates the account (status invited) and e-mails a one-time link to choose a password. */
  async invite(caller: Pick<Caller, 'schoolId'>, input: InviteUserRequest): Promise<Account> {
    const schoolId = caller.schoolId!;
    // E-mails are unique across the platform: the lookup must see every school.
    if (await this.db.admin.existsBy(Account, { email: input.email })) {
      throw conflict('EMAIL_TAKEN', 'Un compte existe déjà avec cette adresse e-mail.');
    }
    const account = await this.db.tx.save(this.db.tx.create(Account, { ...input, schoolId, status: AccountStatus.Invited }));
    await this.sendInvitation(account);
    await this.audit.record({ entityType: 'account', entityId: account.id, action: 'account.invited', after: snapshot(account) });
    return account;
  }

  async resendInvitation(id: string): Promise<void> {
    const account = await this.get(id);
    if (account.status !== AccountStatus.Invited) {
      throw new AppError(409, 'ACCOUNT_NOT_INVITED', "Ce compte est déjà activé (ou désactivé) : il n'y a pas d'invitation à renvoyer.");
    }
    await this.sendInvitation(account);
    await this.audit.record({ entityType: 'account', entityId: account.id, action: 'account.invitation_resent' });
  }

  async update(caller: Caller, id: string, input: UpdateUserRequest): Promise<Account> {
    const account = await this.get(id);
    if (input.role && input.role !== account.role && id === caller.accountId) {
      throw new AppError(409, 'CANNOT_CHANGE_OWN_ROLE', 'Vous ne pouvez pas changer votre propre rôle.');
    }
    const before = snapshot(account);
    Object.assign(account, input);
    await this.db.tx.save(account);
    await this.audit.record({ entityType: 'account', entityId: id, action: 'account.updated', before, after: snapshot(account) });
    return account;
  }

  /** Disabling ends every session of the account at once. */
  async setEnabled(caller: Caller, id: string, enabled: boolean): Promise<Account> {
    const account = await this.get(id);
    if (!enabled && id === caller.accountId) {
      throw new AppError(409, 'CANNOT_DISABLE_SELF', 'Vous ne pouvez pas désactiver votre propre compte.');
    }
    const before = snapshot(account);
    const target = enabled
      ? account.lastLoginAt || (await this.hasPassword(id))
        ? AccountStatus.Active
        : AccountStatus.Invited
      : AccountStatus.Disabled;
    if (account.status === target) return account;
    account.status = target;
    await this.db.tx.save(account);
    if (!enabled) await this.sessions.revokeAllOf(id, this.db.tx);
    await this.audit.record({
      entityType: 'account',
      entityId: id,
      action: enabled ? 'account.enabled' : 'account.disabled',
      before,
      after: snapshot(account),
    });
    return account;
  }

  private async hasPassword(id: string): Promise<boolean> {
    const row = await this.db.tx.createQueryBuilder(Account, 'a').addSelect('a.passwordHash').where('a.id = :id', { id }).getOne();
    return Boolean(row?.passwordHash);
  }

  private async sendInvitation(account: Account): Promise<void> {
    const school = account.schoolId ? await this.db.tx.findOneBy(School, { id: account.schoolId }) : null;
    await this.tokens.issue(this.db.tx, account, TokenPurpose.Invitation, school?.name ?? null);
  }
}
