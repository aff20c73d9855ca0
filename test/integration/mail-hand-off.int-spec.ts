import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Db, JobQueue, MailDeliveryService, OutboxMessage, OutboxStatus, School } from '@app/platform';
import { HAND_OFF_TIMEOUT_MS, UNCONFIRMED } from '@app/platform/mail/mail-delivery.service';
import { MailEnvelope, MailTransport, SmtpTransport } from '@app/platform/mail/mail-transport';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createSchool } from '../factories/school.factory';
import { startSmtpSink } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const envelope = (subject: string): MailEnvelope => ({
  id: subject,
  from: 'CQP <no-reply@cqp.local>',
  to: 'lea@example.fr',
  subject,
  text: 'Corps',
  html: null,
});

/**
 * Exactly once over SMTP, on a real SMTP server: the end of data is written only after the hand-off is recorded, a
 * superseded sender aborts and the server keeps nothing, a message left "sending" before its hand-off is sent again,
 * and one handed over without the server's answer is never sent again automatically.
 */
describe('mail hand-off over SMTP', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let app: INestApplicationContext;
  let db: Db;
  let school: School;
  let delivery: MailDeliveryService;

  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig({ MAIL_DRIVER: 'smtp', SMTP_URL: sink.url })), {
      logger: false,
    });
    db = app.get(Db);
    delivery = app.get(MailDeliveryService);
    school = await createSchool(db.admin);
  });
  afterAll(async () => {
    await app.get(JobQueue).queue('mail').obliterate({ force: true });
    await app.close();
    await sink.stop();
  });
  beforeEach(() => sink.received.splice(0));

  const outbox = async (key: string, row: Partial<OutboxMessage> = {}) =>
    (await db.admin.insert(OutboxMessage, { schoolId: school.id, key, to: 'lea@example.fr', subject: key, text: 'Bonjour', ...row }))
      .identifiers[0].id as string;

  it('writes the end of data only once the hand-off resolved: the server has accepted nothing before', async () => {
    const transport = new SmtpTransport(sink.url);
    try {
      await transport.send(envelope('Avant la fin'), async () => {
        await pause(150);
        expect(sink.received).toHaveLength(0);
      });
      expect(sink.received.map((m) => m.subject)).toEqual(['Avant la fin']);
    } finally {
      transport.close();
    }
  });

  it('drops the message when the hand-off is refused, and the next one goes through', async () => {
    const transport = new SmtpTransport(sink.url);
    try {
      await expect(transport.send(envelope('Abandonné'), () => Promise.reject(new Error('superseded')))).rejects.toThrow('superseded');
      await transport.send(envelope('Suivant'), () => Promise.resolve());
      await pause(200);
      expect(sink.received.map((m) => m.subject)).toEqual(['Suivant']);
    } finally {
      transport.close();
    }
  });

  it('sends again a message left "sending" by a worker that died before its hand-off, once', async () => {
    const id = await outbox('hand-off:died-before', { status: OutboxStatus.Sending, attempts: 1 });
    expect(await delivery.deliver(id)).toBe('sent');
    expect(await delivery.deliver(id)).toBe('skipped');
    expect(sink.received.map((m) => m.subject)).toEqual(['hand-off:died-before']);
    expect(await db.admin.findOneByOrFail(OutboxMessage, { id })).toMatchObject({ status: OutboxStatus.Sent, attempts: 2 });
  });

  it('lets a superseded sender abort without sending: the current claim sends it once', async () => {
    const id = await outbox('hand-off:superseded');
    const transport = app.get(MailTransport);
    const send = jest.spyOn(transport, 'send').mockImplementationOnce(async (mail, handOff) => {
      // Another delivery claims the message meanwhile (a job run again while this one was thought dead).
      await db.admin.increment(OutboxMessage, { id }, 'attempts', 1);
      return SmtpTransport.prototype.send.call(transport, mail, handOff);
    });
    expect(await delivery.deliver(id)).toBe('skipped');
    send.mockRestore();
    await pause(200);
    expect(sink.received).toHaveLength(0);
    expect(await delivery.deliver(id)).toBe('sent');
    expect(sink.received.map((m) => m.subject)).toEqual(['hand-off:superseded']);
  });

  it('never sends again a message handed over without an answer: awaited, then marked unconfirmed for a person', async () => {
    const handedAt = new Date();
    const id = await outbox('hand-off:no-answer', { status: OutboxStatus.Sending, attempts: 1, handedAt });
    await expect(delivery.deliver(id)).rejects.toThrow(/answer is awaited/);
    const later = new Date(handedAt.getTime() + HAND_OFF_TIMEOUT_MS + 1000);
    expect(await delivery.deliver(id, later)).toBe('unconfirmed');
    expect(await delivery.deliver(id, later)).toBe('skipped');
    expect(await db.admin.findOneByOrFail(OutboxMessage, { id })).toMatchObject({ status: OutboxStatus.Failed, lastError: UNCONFIRMED });
    const other = await outbox('hand-off:no-answer-2', { status: OutboxStatus.Sending, attempts: 1, handedAt });
    await delivery.sweep(later);
    expect(await db.admin.findOneByOrFail(OutboxMessage, { id: other })).toMatchObject({
      status: OutboxStatus.Failed,
      lastError: UNCONFIRMED,
    });
    expect(sink.received).toHaveLength(0);
  });
});
