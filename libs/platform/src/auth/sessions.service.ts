import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { AccountStatus } from '../accounts/role';
import { ReadCache } from '../cache/read-cache';
import { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import { Caller } from './caller';
import { hashToken, newToken } from './secrets';
import { Session } from './session.entity';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Server-side sessions: the cookie holds a random token; revoking the row ends the session at once. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly cache: ReadCache,
  ) {}

  async open(account: Account, meta: { ip?: string; userAgent?: string }): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.db.admin.insert(Session, {
      accountId: account.id,
      schoolId: account.schoolId,
      tokenHash: hash,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /**
   * The caller behind a session token, or null when the session is unknown, expired, revoked or the account disabled.
   * A valid session is kept in the read cache until it expires or its account's sessions or the account change
   * (migration SessionChangeNotifications: revoking, disabling take effect at once); an invalid one is never kept.
   */
  resolve(token: string): Promise<Caller | null> {
    const hash = hashToken(token);
    return this.cache.read(`session:${hash}`, async () => {
      const found = await this.lookup(hash);
      return found
        ? { value: found.caller, tags: [`a:${found.caller.accountId}`], until: found.until }
        : { value: null, tags: [], until: new Date(0) };
    });
  }

  private async lookup(hash: string): Promise<{ caller: Caller; until: Date } | null> {
    const row = await this.db.admin
      .createQueryBuilder(Session, 's')
      .innerJoin(Account, 'a', 'a.id = s.account_id')
      .select([
        's.id AS session_id',
        's.last_seen_at AS last_seen_at',
        's.expires_at AS expires_at',
        'a.id AS account_id',
        'a.school_id AS school_id',
        'a.role AS role',
        'a.email AS email',
      ])
      .where('s.token_hash = :hash', { hash })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > now()')
      .andWhere('a.status = :active', { active: AccountStatus.Active })
      .getRawOne<{
        session_id: string;
        last_seen_at: Date;
        expires_at: Date;
        account_id: string;
        school_id: string | null;
        role: Caller['role'];
        email: string;
      }>();
    if (!row) return null;
    let seen = new Date(row.last_seen_at).getTime();
    if (Date.now() - seen > TOUCH_EVERY_MS) {
      seen = Date.now();
      await this.db.admin.update(Session, { id: row.session_id }, { lastSeenAt: new Date(seen) });
    }
    return {
      caller: { sessionId: row.session_id, accountId: row.account_id, schoolId: row.school_id, role: row.role, email: row.email },
      // Looked up again when it is time to note that the session is still in use (every TOUCH_EVERY_MS).
      until: new Date(Math.min(new Date(row.expires_at).getTime(), seen + TOUCH_EVERY_MS)),
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.admin.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOf(accountId: string, manager: EntityManager = this.db.admin): Promise<void> {
    await manager.update(Session, { accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
