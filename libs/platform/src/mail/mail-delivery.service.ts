import { Injectable, Logger } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

/**
 * Runs in the worker. A message is claimed (pending/failed → sending) before the transport is
 * called and marked sent after, each in its own short transaction: a retried job finds it sent and
 * stops, so nobody receives it twice. A crash between the two leaves it "sending", for a person to check.
 */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger(MailDeliveryService.name);

  constructor(
    private readonly db: Db,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async deliver(messageId: string): Promise<'sent' | 'skipped'> {
    const claimed = await this.db.admin
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: OutboxStatus.Sending, attempts: () => 'attempts + 1' })
      .where('id = :id AND status IN (:...open)', { id: messageId, open: [OutboxStatus.Pending, OutboxStatus.Failed] })
      .returning(['id', 'to', 'subject', 'text', 'html'])
      .execute();
    const row = (claimed.raw as Pick<OutboxMessage, 'id' | 'to' | 'subject' | 'text' | 'html'>[])[0];
    if (!row) {
      // Not yet committed by the sender (retry later), or already handled (stop here).
      if (!(await this.db.admin.existsBy(OutboxMessage, { id: messageId }))) throw new Error(`outbox message ${messageId} not found yet`);
      return 'skipped';
    }
    try {
      const receipt = await this.transport.send({ ...row, from: this.config.MAIL_FROM });
      await this.db.admin.update(
        OutboxMessage,
        { id: messageId },
        { status: OutboxStatus.Sent, sentAt: new Date(), lastError: null, ...receipt },
      );
      return 'sent';
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.db.admin.update(OutboxMessage, { id: messageId }, { status: OutboxStatus.Failed, lastError: message.slice(0, 2000) });
      this.logger.warn(`mail ${messageId} not delivered: ${message}`);
      throw err;
    }
  }

  /** Re-dispatches messages still pending a minute after they were written. */
  async sweep(): Promise<number> {
    const stale = await this.db.admin.find(OutboxMessage, {
      select: { id: true, schoolId: true },
      where: { status: In([OutboxStatus.Pending]), createdAt: LessThan(new Date(Date.now() - 60_000)) },
      take: 500,
    });
    for (const m of stale) await this.mail.dispatch(m.id, m.schoolId);
    return stale.length;
  }
}
