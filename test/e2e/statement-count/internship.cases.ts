import { Role } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { MAX_EVALUATIONS_PER_PLACEMENT } from '@app/internship/rules/evaluation-schedule.rules';
import { createHostSite, createTutor } from '../../factories/internship.factory';
import { createAccount } from '../../factories/school.factory';
import { signIn } from '../../support/statement-count';
import { Body, Case, CaseContext, shared } from './case';

/** Host sites, tutors, placements, the placement board, placement cards and tutor evaluations. */
export function internshipCases(c: CaseContext): Record<string, Case> {
  const place = (cookie: string, body: { traineeId: string; hostSiteId: string; tutorId: string; startOn: string; endOn: string }) =>
    c.send(cookie, 'post', '/api/v1/placements', { type: 'stage', plannedHours: 35, ...body });

  /**
   * `n` trainees placed from 20 days ago to 20 days from now at one site (their tutor has an account), each placement
   * with its two evaluations due and a draft convention.
   */
  const withPlacements = async (n: number) => {
    const s = await c.tenant();
    const site = await createHostSite(c.m, s.school.id, { capacity: n });
    const tutorAccount = await createAccount(c.m, s.school, Role.Tutor);
    const tutor = await createTutor(c.m, s.school.id, [site.id], { accountId: tutorAccount.id, email: tutorAccount.email });
    const placements: Body[] = [];
    for (const trainee of await c.trainees(s.school, await c.running(s.school), n)) {
      const where = { traineeId: trainee.id, hostSiteId: site.id, tutorId: tutor.id };
      const placement = await place(s.cookie, { ...where, startOn: addDays(c.today, -20), endOn: addDays(c.today, 20) });
      await c.send(s.cookie, 'post', `/api/v1/placements/${placement.id}/conventions`);
      placements.push(placement);
    }
    return { ...s, placements, tutorCookie: await signIn(c.t, tutorAccount.email) };
  };
  const placed = shared(withPlacements);
  /** One trainee with `n` placements of a week, one after the other. */
  const withPlacementsOfOne = shared(async (n) => {
    const s = await c.tenant();
    const site = await createHostSite(c.m, s.school.id);
    const tutor = await createTutor(c.m, s.school.id, [site.id]);
    const trainee = await c.traineeSession(s.school, await c.running(s.school));
    for (let i = 0; i < n; i++) {
      const where = { traineeId: trainee.trainee.id, hostSiteId: site.id, tutorId: tutor.id };
      await place(s.cookie, { ...where, startOn: addDays(c.today, -300 + 10 * i), endOn: addDays(c.today, -294 + 10 * i) });
    }
    return { ...s, ...trainee };
  });

  return {
    '/api/v1/host-sites': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await createTutor(c.m, s.school.id, [(await createHostSite(c.m, s.school.id)).id]);
        return { cookie: s.cookie, url: '/api/v1/host-sites' };
      },
    },
    '/api/v1/host-sites/export': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await createHostSite(c.m, s.school.id);
        return { cookie: s.cookie, url: '/api/v1/host-sites/export' };
      },
    },
    '/api/v1/tutors': {
      seed: async (n) => {
        const s = await c.tenant();
        const sites = [(await createHostSite(c.m, s.school.id)).id, (await createHostSite(c.m, s.school.id)).id];
        for (let i = 0; i < n; i++) await createTutor(c.m, s.school.id, sites);
        return { cookie: s.cookie, url: '/api/v1/tutors' };
      },
    },
    '/api/v1/placements': {
      seed: async (n) => ({ cookie: (await placed(n)).cookie, url: '/api/v1/placements' }),
    },
    '/api/v1/placement-board': {
      seed: async (n) => ({ cookie: (await placed(n)).cookie, url: '/api/v1/placement-board' }),
      rows: (res) => {
        const board = res.body as Record<'present' | 'conventions' | 'evaluationsToChase', unknown[]>;
        return board.present.length + board.conventions.length + board.evaluationsToChase.length;
      },
    },
    '/api/v1/me/tutor-evaluations': {
      seed: async (n) => ({ cookie: (await placed(n)).tutorCookie, url: '/api/v1/me/tutor-evaluations' }),
    },
    '/api/v1/trainees/{id}/placements': {
      seed: async (n) => {
        const s = await withPlacementsOfOne(n);
        return { cookie: s.cookie, url: `/api/v1/trainees/${s.trainee.id}/placements` };
      },
    },
    '/api/v1/me/placements': {
      seed: async (n) => ({ cookie: (await withPlacementsOfOne(n)).traineeCookie, url: '/api/v1/me/placements' }),
    },
    '/api/v1/placements/{id}/evaluations': {
      sizes: [2, MAX_EVALUATIONS_PER_PLACEMENT], // the rules allow no more
      seed: async (n) => {
        const s = await withPlacements(1);
        const dates = Array.from({ length: n }, (_, i) => addDays(c.today, -19 + 3 * i));
        await c.send(s.cookie, 'put', `/api/v1/placements/${s.placements[0].id}/evaluation-dates`, { dates });
        return { cookie: s.cookie, url: `/api/v1/placements/${s.placements[0].id}/evaluations` };
      },
    },
  };
}
