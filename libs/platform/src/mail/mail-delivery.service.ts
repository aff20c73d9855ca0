import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

/** What a delivery did: sent, nothing to do (sent already, or another delivery owns it), or sent without the server's answer. */
export type MailOutcome = 'sent' | 'skipped' | 'unconfirmed';

/** A sender whose answer has not come after this long has lost it (nodemailer's socket timeout is 10 minutes). */
export const HAND_OFF_TIMEOUT_MS = 15 * 60_000;

/** What an e-mail whose sending may have reached the recipient, or not, says to the person who looks at it. */
export const UNCONFIRMED =
  'Envoi non confirmé : le serveur de messagerie a peut-être accepté ce message, sans que sa réponse ait été reçue. ' +
  'Il n’est pas renvoyé automatiquement, pour ne pas l’envoyer deux fois : vérifiez auprès du destinataire.';

class Superseded extends Error {}

/** Whether `err` is the server's answer refusing the message (an SMTP reply code), rather than a lost connection. */
const refusedByServer = (err: unknown) => typeof (err as { responseCode?: unknown }).responseCode === 'number';

/**
 * Runs in the worker; exactly once, as far as SMTP allows. A message is claimed (pending/failed → sending, attempts + 1:
 * the claim's fence) in its own short statement, then streamed to the server; just before the end of data the claim is
 * recorded as handed over (`handed_at`, only if still the current claim), and once the server accepted the message it is
 * marked sent. So:
 * - a worker killed before the hand-off leaves a message the server discarded (no end of data): the job, run again,
 *   claims it anew and sends it — nothing lost, nothing twice; a superseded sender finds its fence gone and aborts;
 * - a worker killed in the few milliseconds between the end of data and recording the server's answer (RFC 1047) leaves a
 *   message that may have been accepted: it is never sent again automatically but marked failed with UNCONFIRMED, for a
 *   person — the only case where a message may be missing, and none where it arrives twice.
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

  async deliver(messageId: string, now = new Date()): Promise<MailOutcome> {
    const claimed = await this.db.admin
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: OutboxStatus.Sending, attempts: () => 'attempts + 1' })
      // Never handed over: pending, failed before the end of data, or left "sending" by a sender that died before it.
      .where('id = :id AND handed_at IS NULL AND status IN (:...open)', {
        id: messageId,
        open: [OutboxStatus.Pending, OutboxStatus.Failed, OutboxStatus.Sending],
      })
      .returning(['id', 'to', 'subject', 'text', 'html', 'attempts'])
      .execute();
    const row = (claimed.raw as Pick<OutboxMessage, 'id' | 'to' | 'subject' | 'text' | 'html' | 'attempts'>[])[0];
    if (!row) return this.notClaimed(messageId, now);
    const claim = { id: messageId, attempts: row.attempts };
    let handed = false;
    try {
      const receipt = await this.transport.send({ ...row, from: this.config.MAIL_FROM }, async () => {
        const result = await this.db.admin
          .createQueryBuilder()
          .update(OutboxMessage)
          .set({ handedAt: () => 'now()' })
          .where("id = :id AND attempts = :attempts AND status = 'sending' AND handed_at IS NULL", claim)
          .execute();
        if (result.affected !== 1) throw new Superseded(`mail ${messageId}: claim ${row.attempts} superseded`);
        handed = true;
      });
      await this.db.admin.update(OutboxMessage, claim, { status: OutboxStatus.Sent, sentAt: new Date(), lastError: null, ...receipt });
      return 'sent';
    } catch (err) {
      if (!handed && this.superseded(err)) return 'skipped';
      const message = err instanceof Error ? err.message : String(err);
      if (handed && !refusedByServer(err)) {
        await this.db.admin.update(OutboxMessage, claim, {
          status: OutboxStatus.Failed,
          lastError: `${UNCONFIRMED} (${message})`.slice(0, 2000),
        });
        this.logger.error(`mail ${messageId} handed over without the server's answer: not sent again (${message})`);
        return 'unconfirmed';
      }
      // Refused, or failed before the end of data: the server kept nothing, the next attempt sends it.
      await this.db.admin.update(OutboxMessage, claim, { status: OutboxStatus.Failed, handedAt: null, lastError: message.slice(0, 2000) });
      this.logger.warn(`mail ${messageId} not delivered: ${message}`);
      throw err;
    }
  }

  /** Not claimable: not committed yet (retry later), done, or handed over by a sender whose answer is awaited or lost. */
  private async notClaimed(messageId: string, now: Date): Promise<MailOutcome> {
    const current = await this.db.admin.findOne(OutboxMessage, {
      select: { id: true, status: true, handedAt: true },
      where: { id: messageId },
    });
    if (!current) throw new Error(`outbox message ${messageId} not found yet`);
    if (current.status !== OutboxStatus.Sending || !current.handedAt) return 'skipped';
    if (now.getTime() - current.handedAt.getTime() < HAND_OFF_TIMEOUT_MS) {
      throw new Error(`mail ${messageId} handed over at ${current.handedAt.toISOString()}: the server's answer is awaited`);
    }
    return (await this.markUnconfirmed(now, messageId)) > 0 ? 'unconfirmed' : 'skipped';
  }

  /** Marks failed with UNCONFIRMED the messages handed over longer than HAND_OFF_TIMEOUT_MS ago without an answer recorded. */
  private async markUnconfirmed(now: Date, messageId?: string): Promise<number> {
    const query = this.db.admin
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: OutboxStatus.Failed, lastError: UNCONFIRMED })
      .where("status = 'sending' AND handed_at < :before", { before: new Date(now.getTime() - HAND_OFF_TIMEOUT_MS) });
    if (messageId) query.andWhere('id = :messageId', { messageId });
    return (await query.execute()).affected ?? 0;
  }

  private superseded(err: unknown): boolean {
    // nodemailer passes the stream's own error on (code ESTREAM); a wrapper would keep it as its cause.
    for (let e: unknown = err; e instanceof Error; e = e.cause) if (e instanceof Superseded) return true;
    return false;
  }

  /**
   * Re-dispatches messages still pending `minAgeMs` after they were written (e.g. Redis was down at commit time; a minute
   * by default, none when Redis is back after an outage), and marks unconfirmed those whose sender died after handing
   * them over.
   */
  async sweep(now = new Date(), minAgeMs = 60_000): Promise<number> {
    await this.markUnconfirmed(now);
    const stale = await this.db.admin
      .createQueryBuilder(OutboxMessage, 'm')
      .select(['m.id', 'm.schoolId'])
      .where("m.status = 'pending' AND m.created_at <= :before", { before: new Date(now.getTime() - minAgeMs) })
      .take(500)
      .getMany();
    for (const m of stale) await this.mail.dispatch(m.id, m.schoolId);
    return stale.length;
  }
}
