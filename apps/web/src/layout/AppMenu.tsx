import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import BusinessIcon from '@mui/icons-material/Business';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import GradingIcon from '@mui/icons-material/Grading';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import RuleIcon from '@mui/icons-material/Rule';
import TodayIcon from '@mui/icons-material/Today';
import { Menu, usePermissions } from 'react-admin';
import { MY_RESULTS_PATH } from '../lib/juries';
import { NOTIFICATION_PATHS } from '../lib/notifications';
import { PATHS } from '../lib/paths';
import { isStaffRole } from '../lib/roles';
import { InternshipMenu, INTERNSHIP_RESOURCES } from '../resources/internship/InternshipMenu';
import { ResourceItems } from './ResourceItems';

/** Administrators and staff see their resources and the certification rules; trainers their sessions; trainees their day and their week. */
export const AppMenu = () => {
  const { permissions: role } = usePermissions();
  return (
    <Menu>
      {role === 'trainee' && <Menu.Item to="/" primaryText="app.menu.today" leftIcon={<TodayIcon />} />}
      {role === 'trainee' && <Menu.Item to={PATHS.myWeek} primaryText="app.menu.my_week" leftIcon={<CalendarMonthIcon />} />}
      {role === 'trainee' && <Menu.Item to={MY_RESULTS_PATH} primaryText="app.juries.results.menu" leftIcon={<GradingIcon />} />}
      {role === 'trainer' && <Menu.Item to={PATHS.mySessions} primaryText="app.menu.my_sessions" leftIcon={<AssignmentTurnedInIcon />} />}
      {(role === 'staff' || role === 'tutor') && <Menu.DashboardItem />}
      {role === 'tutor' && <Menu.Item to={PATHS.myEvaluations} primaryText="app.evaluations.mine.menu" leftIcon={<GradingIcon />} />}
      <ResourceItems except={INTERNSHIP_RESOURCES} />
      <InternshipMenu />
      {isStaffRole(role) && <Menu.Item to={PATHS.rules} primaryText="app.menu.rules" leftIcon={<RuleIcon />} />}
      {isStaffRole(role) && <Menu.Item to={PATHS.school} primaryText="app.documents.school.menu" leftIcon={<BusinessIcon />} />}
      {isStaffRole(role) && (
        <Menu.Item to={NOTIFICATION_PATHS.reminders} primaryText="app.notifications.reminders.menu" leftIcon={<NotificationsActiveIcon />} />
      )}
    </Menu>
  );
};
