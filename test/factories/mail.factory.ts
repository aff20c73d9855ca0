import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OutboxMessage, OutboxStatus } from '@app/platform';

/** An e-mail of `schoolId` as the worker leaves it once sent (admin connection), unless told otherwise. */
export async function createOutboxMessage(
  m: EntityManager,
  schoolId: string,
  overrides: Partial<OutboxMessage> = {},
): Promise<OutboxMessage> {
  const id = randomUUID();
  return m.save(
    m.create(OutboxMessage, {
      schoolId,
      key: `test:${id}`,
      to: `personne-${id.slice(0, 8)}@example.fr`,
      subject: 'Votre invitation',
      text: 'Bonjour, voici votre invitation.',
      status: OutboxStatus.Sent,
      transport: 'outbox',
      attempts: 1,
      sentAt: new Date(),
      ...overrides,
    }),
  );
}
