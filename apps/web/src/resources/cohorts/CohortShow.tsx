import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import GroupsIcon from '@mui/icons-material/Groups';
import PlaceIcon from '@mui/icons-material/Place';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { EditButton, Loading, Show, TabbedShowLayout, TopToolbar, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { progressApi } from '../../api/progress';
import { timetableApi } from '../../api/timetable';
import type { Cohort } from '../../api/types';
import { CalendarLink } from '../../components/CalendarLink';
import { CalendarRenewButton } from '../../components/CalendarRenewButton';
import { TraineesTab } from './trainees/TraineesTab';
import { dayRange } from '../../lib/dates';

const PlanningTab = lazy(() => import('./planning/PlanningTab'));
const loadDashboardTab = () => import('./dashboard/DashboardTab');
const DashboardTab = lazy(loadDashboardTab);
const DocumentsTab = lazy(() => import('./documents/DocumentsTab'));

const Actions = () => {
  const cohort = useRecordContext<Cohort>();
  const refresh = useRefresh();
  const renew = async (id: string) => {
    await timetableApi.renewCohortFeed(id);
    refresh();
  };
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <CalendarLink url={cohort?.icalUrl} />
      {cohort && <CalendarRenewButton onRenew={() => renew(cohort.id)} />}
      <EditButton />
    </TopToolbar>
  );
};

/** Name, version, format, dates, place and fill rate of the cohort. */
const CohortHeader = () => {
  const translate = useTranslate();
  const cohort = useRecordContext<Cohort>();
  if (!cohort) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Typography variant="h5" component="h1">
        {cohort.name}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}>
        <Chip label={cohort.versionCode} size="small" color="primary" />
        <Chip label={translate(`app.formats.${cohort.format}`)} size="small" variant="outlined" />
        <Typography variant="body2">{dayRange(cohort.startDate, cohort.endDate)}</Typography>
        <Chip
          icon={<GroupsIcon />}
          size="small"
          variant="outlined"
          label={translate('resources.cohorts.traineeCount', { count: `${cohort.traineeCount} / ${cohort.capacity}` })}
        />
        {cohort.place && <Chip icon={<PlaceIcon />} size="small" variant="outlined" label={cohort.place} />}
      </Stack>
    </Box>
  );
};

const lazyTab = (Tab: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={<Loading />}>
    <Tab />
  </Suspense>
);

/**
 * Opened on its dashboard (a link, a bookmark): the tab's code and data are fetched alongside the cohort instead of
 * once it has arrived (docs/benchmarks.md, « Web first load and cohort dashboard LCP »).
 */
const usePrefetchDashboard = () => {
  const { id } = useParams();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const onDashboard = pathname.endsWith('/tableau-de-bord');
  useEffect(() => {
    if (!id || !onDashboard) return;
    void loadDashboardTab();
    void queryClient.prefetchQuery({ queryKey: ['dashboard', id], queryFn: () => progressApi.dashboard(id) });
  }, [id, onDashboard, queryClient]);
};

const CohortShow = () => {
  usePrefetchDashboard();
  return <CohortView />;
};

const CohortView = () => (
  <Show actions={<Actions />}>
    <CohortHeader />
    <TabbedShowLayout sx={{ '& .RaTab-row': { display: 'block' } }}>
      <TabbedShowLayout.Tab label="app.cohort.tabs.trainees">
        <TraineesTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.cohort.tabs.planning" path="planning">
        {lazyTab(PlanningTab)}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.cohort.tabs.dashboard" path="tableau-de-bord">
        {lazyTab(DashboardTab)}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.documents.cohort.tab" path="documents">
        {lazyTab(DocumentsTab)}
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default CohortShow;
