import { createTransport, Transporter } from 'nodemailer';
import { FileStorage } from '../storage/file-storage';
import { HandOffStream } from './hand-off-stream';

export interface MailEnvelope {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface DeliveryReceipt {
  transport: 'outbox' | 'smtp';
  emlKey: string | null;
}

/**
 * Called by a transport just before the point after which the message may have been delivered (SMTP: before the end
 * of data). When it rejects, the transport gives up without delivering.
 */
export type HandOff = () => Promise<void>;

/**
 * The mail port. A thrown error before `handOff` was called means "not delivered, try again"; after it, the error
 * carries the server's `responseCode` when the server refused the message, and none when its answer was lost.
 */
export abstract class MailTransport {
  abstract send(mail: MailEnvelope, handOff: HandOff): Promise<DeliveryReceipt>;
  close(): void {}

  /** Nest calls this when the worker stops: pooled SMTP connections are closed. */
  onApplicationShutdown(): void {
    this.close();
  }
}

/** The address of `Name <address>` (or the address itself). */
const addressOf = (mailbox: string) => /<([^>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox.trim();

const messageOf = (m: MailEnvelope) => ({
  from: m.from,
  to: m.to,
  subject: m.subject,
  text: m.text,
  html: m.html ?? undefined,
  messageId: `<${m.id}@cqp.local>`,
  headers: { 'X-CQP-Message-Id': m.id },
});

/** The MIME message (RFC 5322) of `mail`, with `newline` line ends. */
async function compose(mail: MailEnvelope, newline: 'unix' | 'windows'): Promise<Buffer> {
  const composer: Transporter = createTransport({ streamTransport: true, buffer: true, newline });
  const info = (await composer.sendMail(messageOf(mail))) as { message: Buffer };
  return info.message;
}

/**
 * Default: the message is kept as an .eml file in storage, listed in the UI (no e-mail leaves). Nothing is delivered to
 * anyone, so it never hands over: a message written again after a crash is a second file, not a second e-mail.
 */
export class OutboxTransport extends MailTransport {
  constructor(private readonly storage: FileStorage) {
    super();
  }

  async send(mail: MailEnvelope): Promise<DeliveryReceipt> {
    const stored = await this.storage.put('outbox', await compose(mail, 'unix'), 'message/rfc822');
    return { transport: 'outbox', emlKey: stored.key };
  }
}

/**
 * SMTP through a pooled nodemailer transport (SMTP_URL, e.g. smtps://user:pass@smtp.example.fr:465). The message is
 * composed first, then streamed as DATA; its end of data is written only after `handOff` resolved (HandOffStream).
 */
export class SmtpTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    super();
    this.transporter = createTransport(url.includes('?') ? `${url}&pool=true` : `${url}?pool=true`);
  }

  async send(mail: MailEnvelope, handOff: HandOff): Promise<DeliveryReceipt> {
    const raw = new HandOffStream(await compose(mail, 'windows'), handOff);
    await this.transporter.sendMail({ envelope: { from: addressOf(mail.from), to: [mail.to] }, raw });
    return { transport: 'smtp', emlKey: null };
  }

  override close(): void {
    this.transporter.close();
  }
}
