import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db.service';
import { JobQueue } from '../queues/job-queue';

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
    return (await this.composeMany([mail], manager))[0];
  }

  /**
   * Writes `mails` to the outbox in one statement (a key already there keeps its message) and returns their ids, in
   * order; once the transaction has committed, the new ones are enqueued in bulk.
   */
  async composeMany(mails: readonly NewMail[], manager: EntityManager = this.db.tx): Promise<string[]> {
    if (mails.length === 0) return [];
    const column = <K extends keyof NewMail>(k: K) => mails.map((m) => m[k] ?? null);
    const inserted: { id: string; key: string; school_id: string | null }[] = await manager.query(
      `INSERT INTO outbox_messages (school_id, key, "to", subject, text, html)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::text[], $6::text[])
       ON CONFLICT (key) DO NOTHING
       RETURNING id, key, school_id`,
      [column('schoolId'), column('key'), column('to'), column('subject'), column('text'), column('html')],
    );
    const ids = new Map(inserted.map((m) => [m.key, m.id]));
    const existing = mails.filter((m) => !ids.has(m.key)).map((m) => m.key);
    if (existing.length > 0) {
      const found: { id: string; key: string }[] = await manager.query(`SELECT id, key FROM outbox_messages WHERE key = ANY($1)`, [
        existing,
      ]);
      for (const m of found) ids.set(m.key, m.id);
    }
    if (inserted.length > 0) {
      // Best effort: if Redis is away the messages stay pending and the outbox sweep sends them later.
      await this.db.afterCommit(() =>
        this.dispatchMany(inserted.map((m) => ({ id: m.id, schoolId: m.school_id }))).catch((err: Error) =>
          this.logger.warn(`${inserted.length} mail(s) not enqueued yet: ${err.message}`),
        ),
      );
    }
    return mails.map((m) => {
      const id = ids.get(m.key);
      if (!id) throw new Error(`outbox message ${m.key} neither written nor found`);
      return id;
    });
  }

  /** Enqueues delivery; the deterministic job id makes a second dispatch a no-op. */
  dispatch(messageId: string, schoolId: string | null): Promise<void> {
    return this.jobs.enqueue('mail.deliver', { messageId, schoolId }, `mail-deliver.${messageId}`);
  }

  /** Enqueues the delivery of `messages` in bulk (no-op for those already queued). */
  dispatchMany(messages: readonly { id: string; schoolId: string | null }[]): Promise<void> {
    return this.jobs.enqueueBulk(
      'mail.deliver',
      messages.map((m) => ({ payload: { messageId: m.id, schoolId: m.schoolId }, jobId: `mail-deliver.${m.id}` })),
    );
  }
}
