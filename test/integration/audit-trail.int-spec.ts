import { AuditEvent } from '@app/platform';
import { createSchool } from '../factories/school.factory';
import { asSchool, useRoleConnections } from '../support/data-sources';
import { testConfig } from '../support/test-config';

describe('audit trail', () => {
  const config = testConfig();
  const db = useRoleConnections(config);

  it('is append-only for every role, owner included', async () => {
    const school = await createSchool(db.admin.manager);
    await asSchool(db.app, school.id, (m) =>
      m.insert(AuditEvent, { schoolId: school.id, entityType: 'mark', action: 'mark.recorded', after: { mark: 12 } }),
    );
    const [event] = await db.admin.manager.findBy(AuditEvent, { schoolId: school.id });
    expect(event.after).toEqual({ mark: 12 });

    await expect(asSchool(db.app, school.id, (m) => m.update(AuditEvent, { id: event.id }, { action: 'tampered' }))).rejects.toThrow(
      /append-only/,
    );
    await expect(asSchool(db.app, school.id, (m) => m.delete(AuditEvent, { id: event.id }))).rejects.toThrow(/append-only/);
    await expect(db.admin.manager.delete(AuditEvent, { id: event.id })).rejects.toThrow(/append-only/);
    await expect(db.owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect((await db.admin.manager.findOneByOrFail(AuditEvent, { id: event.id })).action).toBe('mark.recorded');
  });
});
