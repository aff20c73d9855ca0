import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditEvent } from '@app/platform';

/** An audit event of `schoolId` (admin connection; the trail only takes inserts): a cohort renamed, unless told otherwise. */
export function createAuditEvent(m: EntityManager, schoolId: string, overrides: Partial<AuditEvent> = {}): Promise<AuditEvent> {
  return m.save(
    m.create(AuditEvent, {
      schoolId,
      entityType: 'cohort',
      entityId: randomUUID(),
      action: 'cohort.updated',
      before: { name: 'Promotion A' },
      after: { name: 'Promotion B' },
      ...overrides,
    }),
  );
}
