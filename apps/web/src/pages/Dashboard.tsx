import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router';
import { Card, CardContent, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../providers/authProvider';
import { isStaffRole, landingPath } from '../lib/roles';

const TraineeHome = lazy(() => import('./trainee/TraineeHome'));
const ActiveCohorts = lazy(() => import('./home/ActiveCohorts'));

/** Home page: trainees see their day; administrators and trainers go to their first page; others are welcomed. */
const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return <Loading />;
  const { fullName, role, schoolName } = identity as Identity;
  const landing = landingPath(role);
  if (landing) return <Navigate to={landing} replace />;
  if (role === 'trainee') {
    return (
      <Suspense fallback={<Loading />}>
        <TraineeHome />
      </Suspense>
    );
  }

  return (
    <>
      <Card sx={{ mt: 2 }}>
        <Title title="app.title" />
        <CardContent>
          <Typography variant="h4" component="h1" gutterBottom>
            {translate('app.dashboard.welcome', { fullName })}
          </Typography>
          <Typography>{translate('app.dashboard.role', { role: translate(`app.roles.${role}`) })}</Typography>
          {schoolName && <Typography>{translate('app.dashboard.school', { school: schoolName })}</Typography>}
          {!isStaffRole(role) && (
            <Typography sx={{ mt: 2 }} color="text.secondary">
              {translate('app.dashboard.soon')}
            </Typography>
          )}
        </CardContent>
      </Card>
      {isStaffRole(role) && (
        <Suspense fallback={null}>
          <ActiveCohorts />
        </Suspense>
      )}
    </>
  );
};

export default Dashboard;
