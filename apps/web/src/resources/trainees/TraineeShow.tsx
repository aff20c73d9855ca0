import { lazy, Suspense } from 'react';
import { LinearProgress } from '@mui/material';
import { Show, TabbedShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import type { Trainee } from '../../api/types';
import { TraineeDataExportButton } from '../../components/records/TraineeDataExportButton';
import { TraineeCalendar } from './TraineeCalendar';
import { TraineeHeader } from './TraineeHeader';
import { WithdrawButton } from './WithdrawButton';

const PlanTab = lazy(() => import('./plan/PlanTab'));
const HoursTab = lazy(() => import('./HoursTab'));
const AfgsuTab = lazy(() => import('./afgsu/AfgsuTab'));
const ResultsTab = lazy(() => import('./ResultsTab'));
const PlacementsTab = lazy(() => import('./PlacementsTab'));
const HealthTab = lazy(() => import('./health/HealthTab'));

/**
 * The calendar feed stops when the trainee leaves: its link is only offered while they are in training. The data export
 * (RGPD) stays, for a former trainee's written request too.
 */
const Actions = () => {
  const trainee = useRecordContext<Trainee>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {trainee?.status === 'active' && (
        <>
          <TraineeCalendar traineeId={trainee.id} />
          <WithdrawButton trainee={trainee} />
        </>
      )}
      {trainee && <TraineeDataExportButton trainee={trainee} />}
    </TopToolbar>
  );
};

/** A trainee: identity, individual plan (exemptions), hours per block, AFGSU, results, placements, health data; calendar feed, withdrawal. */
const TraineeShow = () => (
  <Show actions={<Actions />}>
    <TraineeHeader />
    <TabbedShowLayout sx={{ '& .RaTab-row': { display: 'block' } }}>
      <TabbedShowLayout.Tab label="app.plan.title">
        <Suspense fallback={<LinearProgress />}>
          <PlanTab />
        </Suspense>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.progress.title" path="heures">
        <Suspense fallback={<LinearProgress />}>
          <HoursTab />
        </Suspense>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.afgsu.trainee.tab" path="afgsu">
        <Suspense fallback={<LinearProgress />}>
          <AfgsuTab />
        </Suspense>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.juries.results.tab" path="resultats">
        <Suspense fallback={<LinearProgress />}>
          <ResultsTab />
        </Suspense>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.board.cards.staff_title" path="stages">
        <Suspense fallback={<LinearProgress />}>
          <PlacementsTab />
        </Suspense>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.health.tab" path="sante">
        <Suspense fallback={<LinearProgress />}>
          <HealthTab />
        </Suspense>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default TraineeShow;
