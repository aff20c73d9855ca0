import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, Db, JobQueue, MailDeliveryService, MailService, OutboxMessage, OutboxStatus, School } from '@app/platform';
import { SmtpTransport } from '@app/platform/mail/mail-transport';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createSchool } from '../factories/school.factory';
import { startSmtpSink } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';

async function context(config: AppConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
}

describe('mail delivery', () => {
  let config: AppConfig;
  let app: INestApplicationContext;
  let db: Db;
  let school: School;

  beforeAll(async () => {
    config = testConfig();
    app = await context(config);
    db = app.get(Db);
    school = await createSchool(db.admin);
  });
  afterAll(async () => {
    await app.get(JobQueue).queue('mail').obliterate({ force: true });
    await app.close();
  });

  const compose = (key: string) =>
    db.inSchool(school.id, () =>
      app.get(MailService).compose({ key, schoolId: school.id, to: 'lea@example.fr', subject: 'Bonjour', text: 'Corps du message' }),
    );

  it('keeps one message per key, however often it is composed', async () => {
    const first = await compose('test:same-key');
    const second = await compose('test:same-key');
    expect(second).toBe(first);
    expect(await db.admin.countBy(OutboxMessage, { key: 'test:same-key' })).toBe(1);
  });

  it('delivers to the outbox as an .eml file once, and a retry sends nothing more', async () => {
    const id = await compose('test:outbox-once');
    const delivery = app.get(MailDeliveryService);
    expect(await delivery.deliver(id)).toBe('sent');
    expect(await delivery.deliver(id)).toBe('skipped');
    const row = await db.admin.findOneByOrFail(OutboxMessage, { id });
    expect(row).toMatchObject({ status: OutboxStatus.Sent, attempts: 1, transport: 'outbox' });
    const eml = await readFile(path.join(config.STORAGE_DIR, row.emlKey!), 'utf8');
    expect(eml).toContain('To: lea@example.fr');
    expect(eml).toContain('Corps du message');
  });

  it('retries a message whose sender has not committed yet, instead of dropping it', async () => {
    await expect(app.get(MailDeliveryService).deliver('00000000-0000-4000-8000-000000000000')).rejects.toThrow(/not found yet/);
  });

  it('records a failed attempt and delivers on the next one', async () => {
    const id = await compose('test:flaky');
    const delivery = app.get(MailDeliveryService);
    const transport = delivery['transport'];
    const send = jest.spyOn(transport, 'send').mockRejectedValueOnce(new Error('SMTP 421 try later'));
    await expect(delivery.deliver(id)).rejects.toThrow('421');
    expect(await db.admin.findOneByOrFail(OutboxMessage, { id })).toMatchObject({
      status: OutboxStatus.Failed,
      lastError: 'SMTP 421 try later',
    });
    expect(await delivery.deliver(id)).toBe('sent');
    expect(await db.admin.findOneByOrFail(OutboxMessage, { id })).toMatchObject({
      status: OutboxStatus.Sent,
      attempts: 2,
      lastError: null,
    });
    send.mockRestore();
  });

  it('re-dispatches messages left pending (e.g. Redis down at commit time)', async () => {
    const { identifiers } = await db.admin.insert(OutboxMessage, {
      schoolId: school.id,
      key: 'test:stranded',
      to: 'x@example.fr',
      subject: 'Oublié',
      text: '...',
      createdAt: new Date(Date.now() - 5 * 60_000),
    });
    const id = identifiers[0].id as string;
    const queue = app.get(JobQueue).queue('mail');
    expect(await queue.getJob(`mail-deliver.${id}`)).toBeUndefined();
    expect(await app.get(MailDeliveryService).sweep()).toBeGreaterThanOrEqual(1);
    expect((await queue.getJob(`mail-deliver.${id}`))?.data).toEqual({ messageId: id, schoolId: school.id });
  });

  it('answers at once when Redis is away: the message waits in the outbox for the sweep', async () => {
    const deadQueue = new JobQueue({ ...config, REDIS_URL: 'redis://127.0.0.1:1' } as AppConfig);
    const mail = new MailService(db, deadQueue);
    const started = Date.now();
    const id = await db.inSchool(school.id, () =>
      mail.compose({ key: 'test:redis-away', schoolId: school.id, to: 'x@example.fr', subject: 'S', text: 'T' }),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await db.admin.findOneByOrFail(OutboxMessage, { id })).toMatchObject({ status: OutboxStatus.Pending });
    await deadQueue.onApplicationShutdown();
  });

  it('sends through a real SMTP server when configured', async () => {
    const sink = await startSmtpSink();
    const transport = new SmtpTransport(sink.url);
    try {
      const receipt = await transport.send(
        {
          id: 'abc',
          from: config.MAIL_FROM,
          to: 'tuteur@example.fr',
          subject: 'Évaluation à remplir',
          text: 'Merci',
          html: '<p>Merci</p>',
        },
        () => Promise.resolve(),
      );
      expect(receipt).toEqual({ transport: 'smtp', emlKey: null });
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0].subject).toBe('Évaluation à remplir');
      expect(sink.received[0].text?.trim()).toBe('Merci');
    } finally {
      transport.close();
      await sink.stop();
    }
  });
});
