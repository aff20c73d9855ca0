import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Box, LinearProgress } from '@mui/material';

const SessionsTab = lazy(() => import('./SessionsTab'));
const SessionPage = lazy(() => import('./SessionPage'));
const MarksGridPage = lazy(() => import('../grid/MarksGridPage'));

/** « Sessions d'examen » (staff and school admin; trainers read them and enter marks): the list, a session, a block's marks. */
const ExamSessionsPage = () => (
  <Box sx={{ py: 2, minWidth: 0 }}>
    <Suspense fallback={<LinearProgress />}>
      <Routes>
        <Route index element={<SessionsTab />} />
        <Route path=":id" element={<SessionPage />} />
        <Route path=":id/notes/:blockId" element={<MarksGridPage />} />
      </Routes>
    </Suspense>
  </Box>
);

export default ExamSessionsPage;
