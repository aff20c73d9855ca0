import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body of an operation's success (200 or 201). */
export type Ok<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer A }
    ? Json<A>
    : R extends { 201: infer B }
      ? Json<B>
      : never
  : never;
export type Body<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
export type Item<P> = P extends { items: (infer I)[] } ? I : never;
export type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Me = Ok<paths['/api/v1/auth/me']['get']>;
export type Invitation = Ok<paths['/api/v1/auth/invitations/{token}']['get']>;
export type School = Item<Ok<paths['/api/v1/schools']['get']>>;
export type SchoolCreate = Body<paths['/api/v1/schools']['post']>;
export type SchoolUpdate = Body<paths['/api/v1/schools/{id}']['patch']>;
export type User = Item<Ok<paths['/api/v1/users']['get']>>;
export type UserCreate = Body<paths['/api/v1/users']['post']>;
export type UserUpdate = Body<paths['/api/v1/users/{id}']['patch']>;
export type OutboxMessage = Item<Ok<paths['/api/v1/outbox']['get']>>;
export type OutboxMessageDetail = Ok<paths['/api/v1/outbox/{id}']['get']>;
export type AuditEvent = Item<Ok<paths['/api/v1/audit-events']['get']>>;

export type Role = Me['role'];
/** Roles inside a school (every role but platform_admin). */
export type SchoolRole = UserCreate['role'];
export type UserStatus = User['status'];

export type Cohort = Ok<paths['/api/v1/cohorts/{id}']['get']>;
export type CohortCreate = Body<paths['/api/v1/cohorts']['post']>;
export type CohortUpdate = Body<paths['/api/v1/cohorts/{id}']['patch']>;
export type CohortFormat = Cohort['format'];
export type Trainee = Ok<paths['/api/v1/trainees/{id}']['get']>;
export type TraineeCreate = Body<paths['/api/v1/cohorts/{id}/trainees']['post']>;
export type TraineeStatus = Trainee['status'];
export type CourseSession = Ok<paths['/api/v1/sessions/{id}']['get']>;
export type SessionInput = Body<paths['/api/v1/cohorts/{id}/sessions']['post']>;
export type CertificationVersion = Ok<paths['/api/v1/referential/versions']['get']>[number];
export type RuleSetting = Ok<paths['/api/v1/referential/versions/{id}/settings']['get']>[number];
export type ExemptionTable = Ok<paths['/api/v1/referential/versions/{id}/exemption-table']['get']>;
export type ExemptionTableLine = ExemptionTable['rows'][number];
export type Plan = Ok<paths['/api/v1/trainees/{id}/plan']['get']>;
export type Exemption = Plan['exemptions'][number];
export type ExemptionInput = Body<paths['/api/v1/trainees/{id}/plan/exemptions']['post']>;
export type Progress = Ok<paths['/api/v1/trainees/{id}/progress']['get']>;
export type BlockProgress = Progress['blocks'][number];
export type LedgerTotals = Progress['totals'];
export type CohortDashboard = Ok<paths['/api/v1/cohorts/{id}/dashboard']['get']>;
export type AttendanceSheet = Ok<paths['/api/v1/sessions/{id}/attendance']['get']>;
export type AttendanceLine = AttendanceSheet['lines'][number];
export type AttendanceInput = Body<paths['/api/v1/sessions/{id}/attendance/{traineeId}']['put']>;
export type AttendanceStatus = AttendanceInput['status'];
export type MySession = Ok<paths['/api/v1/me/sessions']['get']>[number];

export type Intake = Ok<paths['/api/v1/public/schools/{slug}/intakes']['get']>[number];
export type ApplicationInput = Body<paths['/api/v1/public/applications']['post']>;
export type AfgsuLevel = NonNullable<ApplicationInput['afgsuLevel']>;
export type ApplicationReceipt = Ok<paths['/api/v1/public/applications']['post']>;
export type Situation = ApplicationInput['situation'];
export type Diploma = ApplicationInput['diplomas'][number];
export type FundingPath = ApplicationInput['fundingPath'];
export type CandidateFile = Ok<paths['/api/v1/public/applications/{token}']['get']>;
export type ChecklistItem = CandidateFile['checklist'][number];
export type DocumentStatus = NonNullable<ChecklistItem['status']>;

export type ApplicationSummary = Item<Ok<paths['/api/v1/applications']['get']>>;
/** Filters of the staff list, shared by its CSV export. */
export type ApplicationFilter = Query<paths['/api/v1/applications/export']['get']>;
export type Eligibility = NonNullable<ApplicationFilter['eligibility']>;
export type ApplicationDetail = Ok<paths['/api/v1/applications/{id}']['get']>;
export type ApplicationStatus = ApplicationDetail['status'];
export type ApplicationDocument = ApplicationDetail['documents'][number];
export type StaffChecklistItem = ApplicationDetail['checklist'][number];
export type InterviewInput = Body<paths['/api/v1/applications/{id}/interview']['post']>;
export type InterviewOutcome = Body<paths['/api/v1/applications/{id}/interview/outcome']['post']>['outcome'];
export type ProposedExemption = Ok<paths['/api/v1/applications/{id}/positioning']['get']>[number];
export type EnrolExemption = Body<paths['/api/v1/applications/{id}/enrol']['post']>['exemptions'][number];
