import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Box, LinearProgress } from '@mui/material';

const JuryList = lazy(() => import('./JuryList'));
const JuryPage = lazy(() => import('./JuryPage'));

/** « Jurys » (school admin and staff): the jury sessions, then one jury's page with a line per trainee. */
const JuriesPage = () => (
  <Box sx={{ py: 2 }}>
    <Suspense fallback={<LinearProgress />}>
      <Routes>
        <Route index element={<JuryList />} />
        <Route path=":id" element={<JuryPage />} />
      </Routes>
    </Suspense>
  </Box>
);

export default JuriesPage;
