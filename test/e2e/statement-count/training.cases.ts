import { addDays } from '@app/platform/time/calendar';
import { parisInstant } from '@app/platform/time/paris-time';
import { AttendanceStatus } from '@app/training';
import { createCohortWithAttendance, createSessionAt, createTrainee, recordAttendance } from '../../factories/training.factory';
import { Case, CaseContext, shared } from './case';

/** Cohorts, trainees, the timetable and its feeds, attendance and the hours ledger. */
export function trainingCases(c: CaseContext): Record<string, Case> {
  /** A cohort with `n` sessions and a trainee: a session a day from tomorrow, or (`sameDay`) all tomorrow, one after the other. */
  const withSessions = async (n: number, sameDay: boolean) => {
    const s = await c.tenant();
    const cohort = await c.running(s.school);
    const day = addDays(c.today, 1);
    for (let i = 0; i < n; i++) {
      const start = sameDay ? new Date(parisInstant(day, '08:00').getTime() + i * 20 * 60_000) : parisInstant(addDays(day, i), '09:00');
      await createSessionAt(c.m, cohort, c.block(['BC01', 'BC02', 'BC03', 'BC04'][i % 4]), start, sameDay ? 15 : 120);
    }
    return { ...s, cohort, ...(await c.traineeSession(s.school, cohort)) };
  };
  const sessionsAhead = shared((n) => withSessions(n, false));
  const sessionsTomorrow = shared((n) => withSessions(n, true));

  return {
    '/api/v1/health-access-log': {
      seed: async (n) => {
        const s = await c.tenant();
        const body = { disabilityRecognised: true, adjustments: [], vaccinations: [{ kind: 'dtp', status: 'incomplete' }] };
        for (const trainee of await c.trainees(s.school, await c.running(s.school), n))
          await c.send(s.cookie, 'put', `/api/v1/trainees/${trainee.id}/health`, body);
        return { cookie: s.cookie, url: '/api/v1/health-access-log' };
      },
    },
    '/api/v1/cohorts': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await createTrainee(c.m, await c.running(s.school), s.school);
        return { cookie: s.cookie, url: '/api/v1/cohorts' };
      },
    },
    '/api/v1/cohorts/{id}/trainees': {
      seed: async (n) => {
        const s = await c.tenant();
        const cohort = await c.running(s.school);
        await c.trainees(s.school, cohort, n);
        return { cookie: s.cookie, url: `/api/v1/cohorts/${cohort.id}/trainees` };
      },
    },
    '/api/v1/cohorts/{id}/dashboard': {
      seed: async (n) => {
        const s = await c.tenant();
        return { cookie: s.cookie, url: `/api/v1/cohorts/${(await createCohortWithAttendance(c.m, s.school, n)).id}/dashboard` };
      },
      rows: (res) => (res.body as { trainees: unknown[] }).trainees.length,
    },
    '/api/v1/sessions': {
      seed: async (n) => {
        const s = await sessionsAhead(n);
        return { cookie: s.cookie, url: `/api/v1/sessions?cohortId=${s.cohort.id}` };
      },
    },
    '/api/v1/sessions/{id}/attendance': {
      seed: async (n) => {
        const s = await c.tenant();
        const cohort = await c.running(s.school);
        const session = await createSessionAt(c.m, cohort, c.block('BC01'), new Date(Date.now() - 26 * 3600_000), 120);
        for (const trainee of await c.trainees(s.school, cohort, n))
          await recordAttendance(c.m, session, trainee, AttendanceStatus.Present);
        return { cookie: s.cookie, url: `/api/v1/sessions/${session.id}/attendance` };
      },
      rows: (res) => (res.body as { lines: unknown[] }).lines.length,
    },
    '/api/v1/me/timetable': {
      seed: async (n) => {
        const s = await sessionsAhead(n);
        return { cookie: s.traineeCookie, url: `/api/v1/me/timetable?from=${c.today}&to=${addDays(c.today, 60)}` };
      },
    },
    '/api/v1/me/sessions': {
      seed: async (n) => {
        const s = await sessionsTomorrow(n);
        return { cookie: s.traineeCookie, url: `/api/v1/me/sessions?date=${addDays(c.today, 1)}` };
      },
    },
    '/api/v1/ical/cohorts/{file}': {
      seed: async (n) => ({ url: `/api/v1/ical/cohorts/${(await sessionsAhead(n)).cohort.icalToken}.ics` }),
    },
    '/api/v1/ical/trainees/{file}': {
      seed: async (n) => ({ url: `/api/v1/ical/trainees/${(await sessionsAhead(n)).trainee.icalToken}.ics` }),
    },
  };
}
