import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import GroupsIcon from '@mui/icons-material/Groups';
import PlaceIcon from '@mui/icons-material/Place';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { EditButton, Loading, Show, TabbedShowLayout, TopToolbar, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { timetableApi } from '../../api/timetable';
import type { Cohort } from '../../api/types';
import { CalendarLink } from '../../components/CalendarLink';
import { CalendarRenewButton } from '../../components/CalendarRenewButton';
import { TraineesTab } from './trainees/TraineesTab';
import { dayRange } from '../../lib/dates';

const PlanningTab = lazy(() => import('./planning/PlanningTab'));
const DashboardTab = lazy(() => import('./dashboard/DashboardTab'));
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

const CohortShow = () => (
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
