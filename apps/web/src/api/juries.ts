import { api, call } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type JurySession = Schemas['JurySessionResponse'];
export type JuryInput = Schemas['CreateJurySessionRequest'];
export type DecisionInput = Schemas['DecideRequest'];
export type Decision = Schemas['DecisionResponse'];
export type BlockOutcome = Schemas['BlockOutcome'];
export type JuryBlock = Schemas['BlockLineResponse'];
export type AttemptResult = NonNullable<JuryBlock['latestResult']>;
export type TraineeResults = Schemas['TraineeResultsResponse'];
export type BlockResult = Schemas['BlockResultResponse'];
export type AttemptLine = Schemas['AttemptLineResponse'];

export type Readiness = Schemas['CertificationReadinessResponse'];
export type ReadinessItem = Readiness['items'][number];
export type JuryLine = Schemas['JuryLineResponse'];
export type JuryBoard = Schemas['JuryBoardResponse'];

const byId = (id: string) => ({ params: { path: { id } } });

/** Jury sessions, their page (a line per trainee: proposals, decisions, readiness), decisions; results per trainee. */
export const juriesApi = {
  list: (page = 1, pageSize = 25) => call(api.GET('/api/v1/juries', { params: { query: { page, pageSize } } })),
  create: (body: JuryInput) => call(api.POST('/api/v1/juries', { body })),
  /** Every trainee of `cohortId`, or without it the trainees with at least one attempt. */
  board: (id: string, cohortId?: string) =>
    call(api.GET('/api/v1/juries/{id}', { params: { path: { id }, query: cohortId ? { cohortId } : {} } })),
  /** Answers with the board of the trainee's cohort. */
  decide: (id: string, body: DecisionInput) => call(api.POST('/api/v1/juries/{id}/decisions', { ...byId(id), body })),
  /** Awards the CQP on the jury's date; answers with the board of the trainee's cohort. */
  certify: (id: string, traineeId: string) => call(api.POST('/api/v1/juries/{id}/certifications', { ...byId(id), body: { traineeId } })),

  results: (traineeId: string) => call(api.GET('/api/v1/trainees/{traineeId}/results', { params: { path: { traineeId } } })),
  myResults: () => call(api.GET('/api/v1/me/results')),
};

/** Query keys, so that a decision refreshes every view of the same data. */
export const juriesKeys = {
  all: ['juries'] as const,
  list: ['juries', 'list'] as const,
  board: (id: string | undefined, cohortId: string | undefined) => ['juries', 'board', id, cohortId ?? null] as const,
  results: (traineeId: string | undefined) => ['results', traineeId] as const,
  mine: ['me', 'results'] as const,
};
