import { BrowserRouter, Route } from 'react-router';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/Assignment';
import GroupIcon from '@mui/icons-material/Group';
import MailIcon from '@mui/icons-material/Mail';
import SchoolIcon from '@mui/icons-material/School';
import { AppLayout } from './layout/AppLayout';
import { theme } from './layout/theme';
import { lazyView } from './lib/lazy';
import { isAdminRole } from './lib/roles';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';

const LoginPage = lazyView(() => import('./pages/LoginPage'));
const Dashboard = lazyView(() => import('./pages/Dashboard'));
const InvitationPage = lazyView(() => import('./pages/InvitationPage'));
const ResetPasswordPage = lazyView(() => import('./pages/ResetPasswordPage'));
const ForgotPasswordPage = lazyView(() => import('./pages/ForgotPasswordPage'));

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
  outbox: {
    list: lazyView(() => import('./resources/outbox/OutboxList')),
    show: lazyView(() => import('./resources/outbox/OutboxShow')),
  },
  audit: {
    list: lazyView(() => import('./resources/audit/AuditList')),
  },
};

/** Resources the signed-in role may use; the menu follows. */
const resourcesFor = (role: unknown) => [
  role === 'platform_admin' && <Resource key="schools" name="schools" icon={SchoolIcon} recordRepresentation="name" {...views.schools} />,
  role === 'school_admin' && <Resource key="users" name="users" icon={GroupIcon} recordRepresentation="fullName" {...views.users} />,
  isAdminRole(role) && <Resource key="outbox" name="outbox" icon={MailIcon} recordRepresentation="subject" {...views.outbox} />,
  isAdminRole(role) && <Resource key="audit-events" name="audit-events" icon={AssignmentIcon} {...views.audit} />,
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
      </CustomRoutes>
      {resourcesFor}
    </Admin>
  </BrowserRouter>
);
