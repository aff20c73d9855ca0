import { createTransport, Transporter } from 'nodemailer';
import { FileStorage } from '../storage/file-storage';

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

/** The mail port. A thrown error means "not delivered, try again". */
export abstract class MailTransport {
  abstract send(mail: MailEnvelope): Promise<DeliveryReceipt>;
  close(): void {}

  /** Nest calls this when the worker stops: pooled SMTP connections are closed. */
  onApplicationShutdown(): void {
    this.close();
  }
}

const messageOf = (m: MailEnvelope) => ({
  from: m.from,
  to: m.to,
  subject: m.subject,
  text: m.text,
  html: m.html ?? undefined,
  messageId: `<${m.id}@cqp.local>`,
  headers: { 'X-CQP-Message-Id': m.id },
});

/** Default: the message is kept as an .eml file in storage, listed in the UI (no e-mail leaves). */
export class OutboxTransport extends MailTransport {
  private readonly composer: Transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly storage: FileStorage) {
    super();
  }

  async send(mail: MailEnvelope): Promise<DeliveryReceipt> {
    const info = (await this.composer.sendMail(messageOf(mail))) as { message: Buffer };
    const stored = await this.storage.put('outbox', info.message, 'message/rfc822');
    return { transport: 'outbox', emlKey: stored.key };
  }
}

/** SMTP through a pooled nodemailer transport (SMTP_URL, e.g. smtps://user:pass@smtp.example.fr:465). */
export class SmtpTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    super();
    this.transporter = createTransport(url.includes('?') ? `${url}&pool=true` : `${url}?pool=true`);
  }

  async send(mail: MailEnvelope): Promise<DeliveryReceipt> {
    await this.transporter.sendMail(messageOf(mail));
    return { transport: 'smtp', emlKey: null };
  }

  override close(): void {
    this.transporter.close();
  }
}
