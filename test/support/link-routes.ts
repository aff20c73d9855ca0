import { OutboxMessage } from '@app/platform';
import { TEST_PASSWORD } from '../factories/school.factory';
import { Operation } from './api-catalogue';
import { SchoolWorld, urlIn } from './school-world';
import { linkIn, TestApp } from './test-app';

/** The routes reached through a secret link: their path prefix, before `{token}`. */
const LINK_PREFIXES = [
  '/api/v1/auth/invitations/',
  '/api/v1/auth/password-reset/',
  '/api/v1/public/applications/',
  '/api/v1/public/evaluations/',
  '/api/v1/public/signatures/',
] as const;

/** The last link matching `pattern` e-mailed to `to`. */
async function tokenFrom(t: TestApp, to: string, pattern: RegExp): Promise<string> {
  const mails = await t.db.admin.find(OutboxMessage, { where: { to }, order: { createdAt: 'DESC' } });
  const token = mails.map((m) => m.text.match(pattern)?.[1]).find(Boolean);
  if (!token) throw new Error(`no link ${pattern} e-mailed to ${to}`);
  return token;
}

/**
 * The world's routes reached by a link or without a session made callable: a password reset requested for the world's
 * trainee (the worker must be running), the links of its e-mails, and a valid body for each of these routes (added to
 * `world.bodies`). Returns the URL of any operation: its link's token, or the world's ids.
 */
export async function prepareLinkRoutes(t: TestApp, world: SchoolWorld): Promise<(op: Pick<Operation, 'path' | 'key'>) => string> {
  await t.http().post('/api/v1/auth/password-reset').send({ email: world.trainee.email }).expect(202);
  const tokens: Record<(typeof LINK_PREFIXES)[number], string> = {
    '/api/v1/auth/invitations/': linkIn(await t.db.admin.findOneByOrFail(OutboxMessage, { id: world.ids.outbox }), 'invitation'),
    '/api/v1/auth/password-reset/': linkIn(await t.delivered(world.trainee.email, /Réinitialisation/), 'reinitialiser'),
    '/api/v1/public/applications/': world.candidateToken,
    '/api/v1/public/evaluations/': await tokenFrom(t, world.tutor.email, /\/tuteur\/evaluation\/([A-Za-z0-9_-]+)/),
    '/api/v1/public/signatures/': await tokenFrom(t, world.trainee.email, /\/signature\/([A-Za-z0-9_-]+)/),
  };
  const answers = world.bodies['put /api/v1/me/tutor-evaluations/{id}'];
  Object.assign(world.bodies, {
    'post /api/v1/auth/login': { email: world.trainee.email, password: TEST_PASSWORD },
    'post /api/v1/auth/password-reset': { email: world.trainee.email },
    'post /api/v1/auth/invitations/{token}/accept': { password: 'Un-mot-de-passe-2027' },
    'post /api/v1/auth/password-reset/{token}': { password: 'Un-mot-de-passe-2027' },
    'put /api/v1/public/evaluations/{token}': answers,
    'post /api/v1/public/evaluations/{token}/submit': answers,
    'post /api/v1/public/signatures/{token}': { signerName: 'Bea Victime', consent: true },
    'put /api/v1/me/notification-preferences': { mutedKinds: ['placement_starts'] },
  });
  return (op) => {
    const prefix = LINK_PREFIXES.find((p) => op.path.startsWith(p));
    return prefix ? op.path.replace('{token}', tokens[prefix]).replace('{kind}', 'cv') : urlIn(world, op);
  };
}
