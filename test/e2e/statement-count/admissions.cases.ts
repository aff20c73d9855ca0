import { createSchool } from '../../factories/school.factory';
import { candidateForm } from '../../factories/application.factory';
import { Case, CaseContext, shared } from './case';

/** Applications, their export and the public intakes. */
export function admissionsCases(c: CaseContext): Record<string, Case> {
  /** A school whose open intake received `n` applications through the public form. */
  const withApplications = shared(async (n) => {
    const s = await c.tenant();
    const cohort = await c.running(s.school, { applicationsOpen: true });
    for (let i = 0; i < n; i++) {
      const res = await c.t.http().post('/api/v1/public/applications').send(candidateForm(s.school.slug, cohort.id));
      if (res.status !== 201) throw new Error(`apply: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return s;
  });

  return {
    '/api/v1/applications': {
      seed: async (n) => ({ cookie: (await withApplications(n)).cookie, url: '/api/v1/applications' }),
    },
    '/api/v1/applications/export': {
      seed: async (n) => ({ cookie: (await withApplications(n)).cookie, url: '/api/v1/applications/export' }),
    },
    '/api/v1/public/schools/{slug}/intakes': {
      seed: async (n) => {
        const school = await createSchool(c.m);
        for (let i = 0; i < n; i++) await c.running(school, { applicationsOpen: true });
        return { url: `/api/v1/public/schools/${school.slug}/intakes` };
      },
    },
  };
}
