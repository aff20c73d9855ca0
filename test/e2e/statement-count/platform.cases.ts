import { Role } from '@app/platform';
import { createAuditEvent } from '../../factories/audit.factory';
import { createOutboxMessage } from '../../factories/mail.factory';
import { createNotification } from '../../factories/notification.factory';
import { createAccount, createSchool } from '../../factories/school.factory';
import { signIn } from '../../support/statement-count';
import { Case, CaseContext } from './case';

/** Accounts, schools, e-mails, the audit trail and notifications. */
export function platformCases(c: CaseContext): Record<string, Case> {
  return {
    '/api/v1/users': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await createAccount(c.m, s.school, Role.Staff);
        return { cookie: s.cookie, url: '/api/v1/users' };
      },
    },
    '/api/v1/schools': {
      seed: async (n) => {
        const admin = await createAccount(c.m, null, Role.PlatformAdmin);
        for (let i = 0; i < n; i++) await createAccount(c.m, await createSchool(c.m), Role.SchoolAdmin);
        return { cookie: await signIn(c.t, admin.email), url: '/api/v1/schools' };
      },
    },
    '/api/v1/outbox': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await createOutboxMessage(c.m, s.school.id);
        return { cookie: s.cookie, url: '/api/v1/outbox' };
      },
    },
    '/api/v1/audit-events': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await createAuditEvent(c.m, s.school.id, { actorId: s.admin.id, actorEmail: s.admin.email });
        return { cookie: s.cookie, url: '/api/v1/audit-events' };
      },
    },
    '/api/v1/me/notifications': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++)
          await createNotification(c.m, s.school.id, { recipientAccountId: s.admin.id, status: 'sent', sentAt: new Date() });
        return { cookie: s.cookie, url: '/api/v1/me/notifications' };
      },
    },
    '/api/v1/notifications': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) {
          const mail = await createOutboxMessage(c.m, s.school.id);
          await createNotification(c.m, s.school.id, { channel: 'email', status: 'sent', sentAt: new Date(), outboxMessageId: mail.id });
        }
        return { cookie: s.cookie, url: '/api/v1/notifications' };
      },
    },
  };
}
