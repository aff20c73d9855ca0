import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db.service';
import { JobQueue } from '../queues/job-queue';
import { OutboxMessage } from './outbox-message.entity';

export interface NewMail {
  /** Idempotency key: composing the same key twice keeps the first message. */
  key: string;
  schoolId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

/**
 * Composes e-mails: a row in the outbox, in the caller's transaction, then (after commit) a
 * `mail.deliver` job that the worker runs through the configured transport.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
  ) {}

  async compose(mail: NewMail, manager: EntityManager = this.db.tx): Promise<string> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({ ...mail, html: mail.html ?? null })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) {
      // Best effort: if Redis is away the message stays pending and the outbox sweep sends it later.
      await this.db.afterCommit(() =>
        this.dispatch(id, mail.schoolId).catch((err: Error) => this.logger.warn(`mail ${id} not enqueued yet: ${err.message}`)),
      );
      return id;
    }
    const existing = await manager.findOneByOrFail(OutboxMessage, { key: mail.key });
    return existing.id;
  }

  /** Enqueues delivery; the deterministic job id makes a second dispatch a no-op. */
  dispatch(messageId: string, schoolId: string | null): Promise<void> {
    return this.jobs.enqueue('mail.deliver', { messageId, schoolId }, `mail-deliver.${messageId}`);
  }
}
