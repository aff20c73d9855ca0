/** Pages of the app reached from several places. */
export const PATHS = {
  mySessions: '/mes-seances',
  myWeek: '/mon-planning',
  rules: '/regles-certification',
  school: '/etablissement',
  attendance: '/seances/:id/emargement',
  apply: '/candidater/:schoolSlug',
  candidateFile: '/candidature/:token',
  placementBoard: '/tableau-des-stages',
  tutorEvaluation: '/tuteur/evaluation/:token',
  myEvaluations: '/mes-evaluations',
  myEvaluation: '/mes-evaluations/:id',
} as const;

export const attendancePath = (sessionId: string) => PATHS.attendance.replace(':id', sessionId);
export const cohortPath = (cohortId: string, tab?: 'planning' | 'tableau-de-bord') => `/cohorts/${cohortId}/show${tab ? `/${tab}` : ''}`;
export const traineePath = (traineeId: string) => `/trainees/${traineeId}/show`;
export const applicationPath = (applicationId: string) => `/applications/${applicationId}/show`;
export const placementPath = (placementId: string) => `/placements/${placementId}/show`;
export const myEvaluationPath = (evaluationId: string) => PATHS.myEvaluation.replace(':id', evaluationId);
