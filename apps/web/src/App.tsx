import { BrowserRouter, Route } from 'react-router';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/Assignment';
import CastForEducationIcon from '@mui/icons-material/CastForEducation';
import GavelIcon from '@mui/icons-material/Gavel';
import EventNoteIcon from '@mui/icons-material/EventNote';
import GradingIcon from '@mui/icons-material/Grading';
import GroupIcon from '@mui/icons-material/Group';
import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import MailIcon from '@mui/icons-material/Mail';
import MedicalServicesIcon from '@mui/icons-material/MedicalServices';
import SchoolIcon from '@mui/icons-material/School';
import { AppLayout } from './layout/AppLayout';
import { theme } from './layout/theme';
import { MY_RESULTS_PATH } from './lib/juries';
import { hasNotifications, NOTIFICATION_PATHS } from './lib/notifications';
import { lazyView } from './lib/lazy';
import { PATHS } from './lib/paths';
import { isAdminRole, isStaffRole } from './lib/roles';
import { internshipResourcesFor } from './resources/internship/internshipViews';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';

const LoginPage = lazyView(() => import('./pages/LoginPage'));
const Dashboard = lazyView(() => import('./pages/Dashboard'));
const InvitationPage = lazyView(() => import('./pages/InvitationPage'));
const ResetPasswordPage = lazyView(() => import('./pages/ResetPasswordPage'));
const ForgotPasswordPage = lazyView(() => import('./pages/ForgotPasswordPage'));
const ApplyPage = lazyView(() => import('./pages/apply/ApplyPage'));
const CandidatePage = lazyView(() => import('./pages/candidate/CandidatePage'));
const MySessionsPage = lazyView(() => import('./pages/MySessionsPage'));
const MyWeekPage = lazyView(() => import('./pages/trainee/MyWeekPage'));
const AttendancePage = lazyView(() => import('./pages/attendance/AttendancePage'));
const RulesPage = lazyView(() => import('./pages/rules/RulesPage'));
const AfgsuPage = lazyView(() => import('./resources/afgsu/AfgsuPage'));
const JuriesPage = lazyView(() => import('./resources/juries/JuriesPage'));
const MyResultsPage = lazyView(() => import('./pages/trainee/MyResultsPage'));
const PlanPage = lazyView(() => import('./resources/exams/plan/PlanPage'));
const ExamSessionsPage = lazyView(() => import('./resources/exams/sessions/ExamSessionsPage'));
const SchoolProfilePage = lazyView(() => import('./pages/school/SchoolProfilePage'));
const PlacementBoardPage = lazyView(() => import('./pages/internship/PlacementBoardPage'));
const SignaturePage = lazyView(() => import('./pages/signature/SignaturePage'));
const TutorEvaluationPage = lazyView(() => import('./pages/tutor/TutorEvaluationPage'));
const MyEvaluationsPage = lazyView(() => import('./pages/tutor/MyEvaluationsPage'));
const MyEvaluationPage = lazyView(() => import('./pages/tutor/MyEvaluationPage'));
const NotificationsPage = lazyView(() => import('./pages/notifications/NotificationsPage'));
const RemindersPage = lazyView(() => import('./pages/notifications/RemindersPage'));

const views = {
  schools: {
    list: lazyView(() => import('./resources/schools/SchoolList')),
    create: lazyView(() => import('./resources/schools/SchoolCreate')),
    edit: lazyView(() => import('./resources/schools/SchoolEdit')),
  },
  users: {
    list: lazyView(() => import('./resources/users/UserList')),
    create: lazyView(() => import('./resources/users/UserCreate')),
    show: lazyView(() => import('./resources/users/UserShow')),
    edit: lazyView(() => import('./resources/users/UserEdit')),
  },
  cohorts: {
    list: lazyView(() => import('./resources/cohorts/CohortList')),
    create: lazyView(() => import('./resources/cohorts/CohortCreate')),
    show: lazyView(() => import('./resources/cohorts/CohortShow')),
    edit: lazyView(() => import('./resources/cohorts/CohortEdit')),
  },
  trainees: {
    show: lazyView(() => import('./resources/trainees/TraineeShow')),
  },
  applications: {
    list: lazyView(() => import('./resources/applications/ApplicationList')),
    show: lazyView(() => import('./resources/applications/ApplicationShow')),
  },
  outbox: {
    list: lazyView(() => import('./resources/outbox/OutboxList')),
    show: lazyView(() => import('./resources/outbox/OutboxShow')),
  },
  audit: {
    list: lazyView(() => import('./resources/audit/AuditList')),
  },
  healthAccess: {
    list: lazyView(() => import('./resources/health/HealthAccessList')),
  },
};

const traineeName = (record: { firstName?: string; lastName?: string }) => `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim();

/** Resources and pages the signed-in role may use; the menu follows. */
const resourcesFor = (role: unknown) => [
  role === 'platform_admin' && <Resource key="schools" name="schools" icon={SchoolIcon} recordRepresentation="name" {...views.schools} />,
  isStaffRole(role) && <Resource key="cohorts" name="cohorts" icon={CastForEducationIcon} recordRepresentation="name" {...views.cohorts} />,
  isStaffRole(role) && (
    <Resource key="applications" name="applications" icon={HowToRegIcon} recordRepresentation="reference" {...views.applications} />
  ),
  isStaffRole(role) && (
    <Resource key="afgsu" name="afgsu" icon={MedicalServicesIcon} options={{ label: 'app.afgsu.menu' }} list={AfgsuPage} />
  ),
  isStaffRole(role) && <Resource key="juries" name="juries" icon={GavelIcon} options={{ label: 'app.juries.menu' }} list={JuriesPage} />,
  isStaffRole(role) && (
    <Resource key="evaluations" name="evaluations" icon={GradingIcon} options={{ label: 'app.exams.plan.menu' }} list={PlanPage} />
  ),
  (isStaffRole(role) || role === 'trainer') && (
    <Resource
      key="exam-sessions"
      name="exam-sessions"
      icon={EventNoteIcon}
      options={{ label: 'app.exams.sessions.menu' }}
      list={ExamSessionsPage}
    />
  ),
  isStaffRole(role) && <Resource key="trainees" name="trainees" recordRepresentation={traineeName} {...views.trainees} />,
  ...internshipResourcesFor(role),
  role === 'school_admin' && <Resource key="users" name="users" icon={GroupIcon} recordRepresentation="fullName" {...views.users} />,
  isAdminRole(role) && <Resource key="outbox" name="outbox" icon={MailIcon} recordRepresentation="subject" {...views.outbox} />,
  isAdminRole(role) && <Resource key="audit-events" name="audit-events" icon={AssignmentIcon} {...views.audit} />,
  role === 'school_admin' && (
    <Resource
      key="health-access-log"
      name="health-access-log"
      icon={HealthAndSafetyIcon}
      options={{ label: 'app.health.log.menu' }}
      {...views.healthAccess}
    />
  ),
  <CustomRoutes key="pages">
    {role === 'trainer' && <Route path={PATHS.mySessions} element={<MySessionsPage />} />}
    {role === 'trainee' && <Route path={PATHS.myWeek} element={<MyWeekPage />} />}
    {role === 'trainee' && <Route path={MY_RESULTS_PATH} element={<MyResultsPage />} />}
    {(role === 'trainer' || isStaffRole(role)) && <Route path={PATHS.attendance} element={<AttendancePage />} />}
    {isStaffRole(role) && <Route path={PATHS.rules} element={<RulesPage />} />}
    {isStaffRole(role) && <Route path={PATHS.school} element={<SchoolProfilePage />} />}
    {isStaffRole(role) && <Route path={PATHS.placementBoard} element={<PlacementBoardPage />} />}
    {role === 'tutor' && <Route path={PATHS.myEvaluations} element={<MyEvaluationsPage />} />}
    {role === 'tutor' && <Route path={PATHS.myEvaluation} element={<MyEvaluationPage />} />}
    {hasNotifications(role) && <Route path={NOTIFICATION_PATHS.centre} element={<NotificationsPage />} />}
    {isStaffRole(role) && <Route path={NOTIFICATION_PATHS.reminders} element={<RemindersPage />} />}
  </CustomRoutes>,
];

export const App = () => (
  <BrowserRouter>
    <Admin
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      theme={theme}
      layout={AppLayout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      disableTelemetry
    >
      <CustomRoutes noLayout>
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/reinitialiser/:token" element={<ResetPasswordPage />} />
        <Route path="/mot-de-passe-oublie" element={<ForgotPasswordPage />} />
        <Route path={PATHS.apply} element={<ApplyPage />} />
        <Route path={PATHS.candidateFile} element={<CandidatePage />} />
        <Route path="/signature/:token" element={<SignaturePage />} />
        <Route path={PATHS.tutorEvaluation} element={<TutorEvaluationPage />} />
      </CustomRoutes>
      {resourcesFor}
    </Admin>
  </BrowserRouter>
);
