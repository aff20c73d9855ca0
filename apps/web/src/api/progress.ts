import { api, call } from './client';
import type { ExemptionInput } from './types';

const byId = (id: string) => ({ params: { path: { id } } });

/** Individual plans (exemptions) and hours per block: a trainee's, one's own, a whole cohort's. */
export const progressApi = {
  plan: (traineeId: string) => call(api.GET('/api/v1/trainees/{id}/plan', byId(traineeId))),
  exempt: (traineeId: string, body: ExemptionInput) =>
    call(api.POST('/api/v1/trainees/{id}/plan/exemptions', { ...byId(traineeId), body })),
  revoke: (traineeId: string, exemptionId: string, reason: string) =>
    call(
      api.POST('/api/v1/trainees/{id}/plan/exemptions/{exemptionId}/revoke', {
        params: { path: { id: traineeId, exemptionId } },
        body: { reason },
      }),
    ),
  progress: (traineeId: string) => call(api.GET('/api/v1/trainees/{id}/progress', byId(traineeId))),
  myProgress: () => call(api.GET('/api/v1/me/progress')),
  dashboard: (cohortId: string) => call(api.GET('/api/v1/cohorts/{id}/dashboard', byId(cohortId))),
};
