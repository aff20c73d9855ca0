import { api, call } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type Assessment = Schemas['AssessmentResponse'];
export type AssessmentInput = Schemas['CreateAssessmentRequest'];
export type AssessmentUpdate = Schemas['UpdateAssessmentRequest'];
export type BlockPlan = Schemas['BlockAssessmentsResponse'];
export type EpreuveKind = Schemas['EpreuveKind'];
export type ResultRule = Schemas['ResultRule'];
export type ExamSession = Schemas['ExamSessionResponse'];
export type ExamSessionDetail = Schemas['ExamSessionDetailResponse'];
export type ExamSessionInput = Schemas['CreateExamSessionRequest'];
export type Convened = Schemas['ConvenedResponse'];
export type MarksGrid = Schemas['MarksGridResponse'];
export type MarksRow = Schemas['MarksRowResponse'];
export type MarkInput = Schemas['MarkInput'];
/** A mark as the API sends it: a number on the épreuve's scale, « absent », or null (none yet). */
export type Mark = MarkInput['mark'];
export type AttemptResult = Schemas['AttemptResultResponse'];
export type AttemptStatus = AttemptResult['status'];
export type ExamWhen = 'upcoming' | 'past' | 'all';

const byVersion = (versionId: string) => ({ params: { path: { versionId } } });
const byId = (id: string) => ({ params: { path: { id } } });
const byBlock = (id: string, blockId: string) => ({ params: { path: { id, blockId } } });

/** The épreuves of each competency block (« Évaluations ») and the rule that makes the block's result. */
export const assessmentApi = {
  plan: (versionId: string) => call(api.GET('/api/v1/assessment/versions/{versionId}/plan', byVersion(versionId))),
  create: (body: AssessmentInput) => call(api.POST('/api/v1/assessment/epreuves', { body })),
  /** Only the fields given change (the pass mark and weight are refused once the épreuve has marks). */
  update: (id: string, body: AssessmentUpdate) => call(api.PATCH('/api/v1/assessment/epreuves/{id}', { ...byId(id), body })),
  retire: (id: string) => call(api.POST('/api/v1/assessment/epreuves/{id}/retire', byId(id))),
  /** School administrator only; answers with the whole plan of the version. */
  setRule: (versionId: string, blockId: string, rule: ResultRule, reason: string) =>
    call(
      api.PUT('/api/v1/assessment/versions/{versionId}/blocks/{blockId}/rule', {
        params: { path: { versionId, blockId } },
        body: { rule, reason },
      }),
    ),
};

/** Exam sessions, the trainees convened to them (one attempt per block) and the marks grids. */
export const examSessionsApi = {
  list: (when: ExamWhen, page = 1, pageSize = 25) =>
    call(api.GET('/api/v1/exam-sessions', { params: { query: { when, page, pageSize } } })),
  create: (body: ExamSessionInput) => call(api.POST('/api/v1/exam-sessions', { body })),
  get: (id: string) => call(api.GET('/api/v1/exam-sessions/{id}', byId(id))),
  /** All or nothing: a 409 names the trainee the retake rules refuse. */
  convene: (id: string, blockId: string, traineeIds: string[]) =>
    call(api.POST('/api/v1/exam-sessions/{id}/convocations', { ...byId(id), body: { blockId, traineeIds } })),
  grid: (id: string, blockId: string) => call(api.GET('/api/v1/exam-sessions/{id}/blocks/{blockId}/marks', byBlock(id, blockId))),
  /** All or nothing: a 400 INVALID_MARKS gives `errors` keyed `marks.<index in marks>`. */
  saveMarks: (id: string, blockId: string, marks: MarkInput[]) =>
    call(api.PUT('/api/v1/exam-sessions/{id}/blocks/{blockId}/marks', { ...byBlock(id, blockId), body: { marks } })),
};

/** Query keys, so that a change refreshes every view of the same data. */
export const examKeys = {
  plan: (versionId: string | undefined) => ['assessment', 'plan', versionId] as const,
  sessions: ['exam-sessions', 'list'] as const,
  session: (id: string | undefined) => ['exam-sessions', 'one', id] as const,
  /** The marks grids of a session (their lines change with each convocation). */
  grids: (id: string | undefined) => ['exam-sessions', 'one', id, 'marks'] as const,
  grid: (id: string | undefined, blockId: string | undefined) => ['exam-sessions', 'one', id, 'marks', blockId] as const,
};
