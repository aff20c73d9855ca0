import { Navigate } from 'react-router';
import { Card, CardContent, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../providers/authProvider';
import { homePath, isAdminRole } from '../lib/roles';

/** Welcome page for the roles whose screens come later; administrators go to their first list. */
const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return <Loading />;
  const { fullName, role, schoolName } = identity as Identity;
  if (isAdminRole(role)) return <Navigate to={homePath(role)} replace />;

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.title" />
      <CardContent>
        <Typography variant="h4" component="h1" gutterBottom>
          {translate('app.dashboard.welcome', { fullName })}
        </Typography>
        <Typography>{translate('app.dashboard.role', { role: translate(`app.roles.${role}`) })}</Typography>
        {schoolName && <Typography>{translate('app.dashboard.school', { school: schoolName })}</Typography>}
        <Typography sx={{ mt: 2 }} color="text.secondary">
          {translate('app.dashboard.soon')}
        </Typography>
      </CardContent>
    </Card>
  );
};

export default Dashboard;
