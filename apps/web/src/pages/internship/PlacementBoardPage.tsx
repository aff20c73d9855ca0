import type { ReactNode } from 'react';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { placementBoardApi, placementBoardKeys, type PlacementBoard } from '../../api/placementBoard';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { addDays, formatDay, mondayOf, parisDay } from '../../lib/dates';
import { useUrlParams } from '../../lib/useUrlParams';
import { BoardSection } from './board/BoardSection';
import { ConventionRows } from './board/ConventionRows';
import { EvaluationRows } from './board/EvaluationRows';
import { PresentTable } from './board/PresentTable';
import { ReminderRows, VaccinationRows, WithoutPlacementRows } from './board/SimpleRows';

/**
 * « Tableau des stages » (school admin and staff): the week's placements, the trainees without one, the conventions
 * awaiting signatures, the tutor evaluations to chase and just submitted, the stages whose required vaccinations are not up to date, and the
 * reminders to come. The week and the
 * cohort are in the URL.
 */
const PlacementBoardPage = () => {
  const translate = useTranslate();
  const { params, set } = useUrlParams();
  const week = mondayOf(params.get('semaine') ?? parisDay());
  const cohortId = params.get('session') ?? undefined;
  const query = { week, cohortId };
  const board = useQuery({
    queryKey: placementBoardKeys.board(query),
    queryFn: () => placementBoardApi.board(query),
    placeholderData: keepPreviousData,
    // The board reads the trainees' vaccinations (health data: each read is logged): read when a person opens or changes
    // it, never again by itself when the window regains focus.
    refetchOnWindowFocus: false,
  });
  const data = board.data;
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2 }}>
      <PageHeader title="app.board.title" intro="app.board.intro" />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button size="small" startIcon={<ChevronLeftIcon />} onClick={() => set('semaine', addDays(week, -7))}>
            {translate('app.board.previous_week')}
          </Button>
          <Typography component="p" variant="subtitle1" sx={{ fontWeight: 600 }} aria-live="polite">
            {translate('app.board.week', { monday: formatDay(week), sunday: formatDay(addDays(week, 6)) })}
          </Typography>
          <Button size="small" endIcon={<ChevronRightIcon />} onClick={() => set('semaine', addDays(week, 7))}>
            {translate('app.board.next_week')}
          </Button>
          <Button size="small" onClick={() => set('semaine', undefined)}>
            {translate('app.board.this_week')}
          </Button>
        </Stack>
        <CohortSelect value={cohortId} onChange={(id) => set('session', id)} label="app.board.cohort" allLabel="app.board.all_cohorts" />
      </Stack>
      {board.isFetching && <LinearProgress />}
      <ErrorAlert error={board.error} />
      {data && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
          {[mainSections(data), sideSections(data)].map((column, i) => (
            <Box key={i} sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
              {column.map(({ id, key, count, body }) => (
                <BoardSection key={id} id={id} title={`app.board.${key}.title`} count={count} empty={`app.board.${key}.empty`}>
                  {body}
                </BoardSection>
              ))}
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};

interface Section {
  id: string;
  /** Catalogue key under app.board: its `title` (with %{count}) and its `empty` sentence. */
  key: string;
  count: number;
  body: ReactNode;
}

/** The sections of the main column: who is where, conventions, evaluations to chase and just submitted. */
const mainSections = (data: PlacementBoard): Section[] => [
  { id: 'board-present', key: 'present', count: data.present.length, body: <PresentTable rows={data.present} /> },
  { id: 'board-conventions', key: 'conventions', count: data.conventions.length, body: <ConventionRows rows={data.conventions} /> },
  {
    id: 'board-evaluations',
    key: 'evaluations',
    count: data.evaluationsToChase.length,
    body: <EvaluationRows rows={data.evaluationsToChase} />,
  },
  {
    id: 'board-submitted',
    key: 'submitted',
    count: data.evaluationsSubmitted.length,
    body: <EvaluationRows rows={data.evaluationsSubmitted} />,
  },
];

/** The side column: trainees without a placement, vaccinations to check (a warning, never a block), reminders to come. */
const sideSections = (data: PlacementBoard): Section[] => [
  { id: 'board-without', key: 'without', count: data.withoutPlacement.length, body: <WithoutPlacementRows rows={data.withoutPlacement} /> },
  {
    id: 'board-vaccinations',
    key: 'vaccinations',
    count: data.vaccinations.length,
    body: <VaccinationRows rows={data.vaccinations} />,
  },
  { id: 'board-reminders', key: 'reminders', count: data.reminders.length, body: <ReminderRows rows={data.reminders} /> },
];

export default PlacementBoardPage;
