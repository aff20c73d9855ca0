import { lazy, Suspense } from 'react';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { progressApi } from '../../../api/progress';
import type { Cohort } from '../../../api/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HoursLegend } from '../../../components/hours/ProgressView';
import { DashboardTable } from './DashboardTable';

// recharts is only downloaded when a dashboard is opened.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

/** « Tableau de bord »: hours per block across the cohort's trainees, as charts and as a table. */
const DashboardTab = () => {
  const translate = useTranslate();
  const cohort = useRecordContext<Cohort>();
  const dashboard = useQuery({
    queryKey: ['dashboard', cohort?.id],
    queryFn: () => progressApi.dashboard(cohort!.id),
    enabled: !!cohort,
  });
  if (dashboard.isPending) return <LinearProgress />;
  if (dashboard.error) return <ErrorAlert error={dashboard.error} />;
  const data = dashboard.data;
  if (data.trainees.length === 0) return <Typography color="text.secondary">{translate('app.cohort_dashboard.empty')}</Typography>;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.cohort_dashboard.intro', { threshold: data.absenceThresholdPercent })}
      </Typography>
      <HoursLegend />
      <Suspense fallback={<LinearProgress sx={{ my: 2 }} />}>
        <DashboardCharts dashboard={data} />
      </Suspense>
      <DashboardTable dashboard={data} />
    </Box>
  );
};

export default DashboardTab;
