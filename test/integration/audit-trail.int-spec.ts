import { DataSource } from 'typeorm';
import { AuditEvent } from '@app/platform';
import { createSchool } from '../factories/school.factory';
import { asSchool, openDataSource } from '../support/data-sources';
import { testConfig } from '../support/test-config';

describe('audit trail', () => {
  const config = testConfig();
  let owner: DataSource;
  let admin: DataSource;
  let app: DataSource;

  beforeAll(async () => {
    [owner, admin, app] = await Promise.all([
      openDataSource(config, 'owner'),
      openDataSource(config, 'admin'),
      openDataSource(config, 'app'),
    ]);
  });
  afterAll(() => Promise.all([owner, admin, app].map((d) => d.destroy())));

  it('is append-only for every role, owner included', async () => {
    const school = await createSchool(admin.manager);
    await asSchool(app, school.id, (m) =>
      m.insert(AuditEvent, { schoolId: school.id, entityType: 'mark', action: 'mark.recorded', after: { mark: 12 } }),
    );
    const [event] = await admin.manager.findBy(AuditEvent, { schoolId: school.id });
    expect(event.after).toEqual({ mark: 12 });

    await expect(asSchool(app, school.id, (m) => m.update(AuditEvent, { id: event.id }, { action: 'tampered' }))).rejects.toThrow(
      /append-only/,
    );
    await expect(asSchool(app, school.id, (m) => m.delete(AuditEvent, { id: event.id }))).rejects.toThrow(/append-only/);
    await expect(admin.manager.delete(AuditEvent, { id: event.id })).rejects.toThrow(/append-only/);
    await expect(owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect((await admin.manager.findOneByOrFail(AuditEvent, { id: event.id })).action).toBe('mark.recorded');
  });
});
