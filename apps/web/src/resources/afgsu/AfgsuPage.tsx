import { lazy, Suspense } from 'react';
import { Link as RouterLink, Route, Routes, useLocation } from 'react-router';
import { Box, LinearProgress, Tab, Tabs } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PageHeader } from '../../components/PageHeader';
import { AFGSU_PATH, AFGSU_SESSIONS_PATH } from '../../lib/afgsu';

const OverviewTab = lazy(() => import('./overview/OverviewTab'));
const SessionsTab = lazy(() => import('./sessions/SessionsTab'));
const SessionPage = lazy(() => import('./sessions/SessionPage'));

/** « AFGSU » (school admin and staff): the trainees' statuses with the reminders to come, and the sessions with a CESU. */
const AfgsuPage = () => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const tab = pathname.startsWith(AFGSU_SESSIONS_PATH) ? 'sessions' : 'trainees';
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader title="app.afgsu.title" intro="app.afgsu.intro" />
      <Tabs value={tab} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="trainees" label={translate('app.afgsu.tabs.trainees')} component={RouterLink} to={AFGSU_PATH} />
        <Tab value="sessions" label={translate('app.afgsu.tabs.sessions')} component={RouterLink} to={AFGSU_SESSIONS_PATH} />
      </Tabs>
      <Suspense fallback={<LinearProgress />}>
        <Routes>
          <Route index element={<OverviewTab />} />
          <Route path="sessions" element={<SessionsTab />} />
          <Route path="sessions/:id" element={<SessionPage />} />
        </Routes>
      </Suspense>
    </Box>
  );
};

export default AfgsuPage;
