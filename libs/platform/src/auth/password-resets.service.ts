import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Account } from '../accounts/account.entity';
import { AccountStatus } from '../accounts/role';
import { Db } from '../database/db.service';
import { JobQueue } from '../queues/job-queue';
import { School } from '../schools/school.entity';
import { TokenPurpose } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { LoginThrottle } from './login-throttle';

/**
 * Password-reset requests. The request only queues the e-mail address: the same work whether or not it has an account
 * (looking it up and issuing the link in the request took twice as long for a known address, which told who has one).
 * The worker then issues the link, for an active account only, at most 3 an hour per address.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly db: Db,
    private readonly queue: JobQueue,
    private readonly throttle: LoginThrottle,
    private readonly tokens: AccountTokensService,
  ) {}

  request(email: string): Promise<void> {
    return this.queue.enqueue('auth.password-reset', { email }, `password-reset-${randomUUID()}`);
  }

  /** The worker's part: a link and its e-mail, or nothing (unknown or inactive account, too many requests). */
  async issue(email: string): Promise<void> {
    const account = await this.db.admin.findOneBy(Account, { email });
    if (!account || account.status !== AccountStatus.Active) return;
    if (!(await this.throttle.allowResetMail(email))) return;
    const school = account.schoolId ? await this.db.admin.findOneBy(School, { id: account.schoolId }) : null;
    await this.db.adminTransaction((m) => this.tokens.issue(m, account, TokenPurpose.PasswordReset, school?.name ?? null));
  }
}
