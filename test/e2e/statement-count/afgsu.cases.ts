import { addDays } from '@app/platform/time/calendar';
import { Case, CaseContext, shared } from './case';

/** AFGSU: the overview, the reminders, the sessions and their participants. */
export function afgsuCases(c: CaseContext): Record<string, Case> {
  /** `n` trainees whose AFGSU attestation expires in 60 days (reminders due 30 days ago, in 30 and in 61 days). */
  const withAttestations = shared(async (n) => {
    const s = await c.tenant();
    const issuedOn = addDays(c.today, 60 - 4 * 365 - 1);
    for (const trainee of await c.trainees(s.school, await c.running(s.school), n)) {
      const body = { level: 1, kind: 'initial', issuingCentre: 'CESU 69', issuedOn };
      await c.send(s.cookie, 'post', `/api/v1/trainees/${trainee.id}/afgsu/attestations`, body);
    }
    return s;
  });
  /** A two-day initial session for 30 at the most, from `start`. */
  const session = (cookie: string, start: string) =>
    c.send(cookie, 'post', '/api/v1/afgsu/sessions', {
      kind: 'initial',
      cesuName: 'CESU 69',
      capacity: 30,
      days: [
        { date: start, startTime: '09:00', endTime: '17:00' },
        { date: addDays(start, 1), startTime: '09:00', endTime: '16:00' },
      ],
    });
  const enrol = (cookie: string, sessionId: string, traineeId: string) =>
    c.send(cookie, 'post', `/api/v1/afgsu/sessions/${sessionId}/participants`, { traineeId });

  return {
    '/api/v1/afgsu/overview': {
      seed: async (n) => ({ cookie: (await withAttestations(n)).cookie, url: '/api/v1/afgsu/overview' }),
    },
    '/api/v1/afgsu/reminders': {
      seed: async (n) => ({
        cookie: (await withAttestations(n)).cookie,
        url: `/api/v1/afgsu/reminders?from=${addDays(c.today, -60)}&to=${addDays(c.today, 90)}`,
      }),
    },
    '/api/v1/afgsu/sessions': {
      seed: async (n) => {
        const s = await c.tenant();
        for (const [i, trainee] of (await c.trainees(s.school, await c.running(s.school), n)).entries())
          await enrol(s.cookie, (await session(s.cookie, addDays(c.today, 10 + 3 * i))).id, trainee.id);
        return { cookie: s.cookie, url: '/api/v1/afgsu/sessions' };
      },
    },
    '/api/v1/afgsu/sessions/{id}': {
      seed: async (n) => {
        const s = await c.tenant();
        const { id } = await session(s.cookie, addDays(c.today, 10));
        for (const trainee of await c.trainees(s.school, await c.running(s.school), n)) await enrol(s.cookie, id, trainee.id);
        return { cookie: s.cookie, url: `/api/v1/afgsu/sessions/${id}` };
      },
      rows: (res) => (res.body as { participants: unknown[] }).participants.length,
    },
  };
}
