import { api, call } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type CompetencyLevel = Schemas['CompetencyLevel'];
export type EvaluationState = Schemas['EvaluationState'];
export type EvaluationForm = Schemas['EvaluationFormResponse'];
export type EvaluationBlock = Schemas['EvaluationBlockResponse'];
export type EvaluationAnswers = Schemas['EvaluationAnswersRequest'];
export type PlacementEvaluation = Schemas['PlacementEvaluationResponse'];
export type TutorEvaluationItem = Schemas['TutorEvaluationListItem'];
export type TutorEvaluationSummary = Schemas['TutorEvaluationSummaryResponse'];

const byToken = (token: string) => ({ params: { path: { token } } });
const byId = (id: string) => ({ params: { path: { id } } });

/** Filling one evaluation: by the tutor's magic link, or by id for a signed-in tutor. The same form uses either. */
export interface EvaluationAccess {
  load: () => Promise<EvaluationForm>;
  save: (body: EvaluationAnswers) => Promise<EvaluationForm>;
  submit: (body: EvaluationAnswers) => Promise<EvaluationForm>;
}

/** Access through the link e-mailed to the tutor (no session). */
export const linkAccess = (token: string): EvaluationAccess => ({
  load: () => call(api.GET('/api/v1/public/evaluations/{token}', byToken(token))),
  save: (body) => call(api.PUT('/api/v1/public/evaluations/{token}', { ...byToken(token), body })),
  submit: (body) => call(api.POST('/api/v1/public/evaluations/{token}/submit', { ...byToken(token), body })),
});

/** Access of a tutor with an account (only their own evaluations). */
export const accountAccess = (id: string): EvaluationAccess => ({
  load: () => call(api.GET('/api/v1/me/tutor-evaluations/{id}', byId(id))),
  save: (body) => call(api.PUT('/api/v1/me/tutor-evaluations/{id}', { ...byId(id), body })),
  submit: (body) => call(api.POST('/api/v1/me/tutor-evaluations/{id}/submit', { ...byId(id), body })),
});

export const tutorEvaluationsApi = {
  /** Activates the tutor's own account (an invitation e-mail follows). */
  activateAccount: (token: string) => call(api.POST('/api/v1/public/evaluations/{token}/account', byToken(token))),
  mine: () => call(api.GET('/api/v1/me/tutor-evaluations')),

  ofPlacement: (placementId: string) => call(api.GET('/api/v1/placements/{id}/evaluations', byId(placementId))),
  setDates: (placementId: string, dates: string[]) =>
    call(api.PUT('/api/v1/placements/{id}/evaluation-dates', { ...byId(placementId), body: { dates } })),
  get: (id: string) => call(api.GET('/api/v1/tutor-evaluations/{id}', byId(id))),
  sendLink: (id: string) => call(api.POST('/api/v1/tutor-evaluations/{id}/link', byId(id))),
  reopen: (id: string, reason: string) => call(api.POST('/api/v1/tutor-evaluations/{id}/reopen', { ...byId(id), body: { reason } })),
};
