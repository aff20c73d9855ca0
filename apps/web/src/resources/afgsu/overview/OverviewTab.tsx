import { Box, LinearProgress } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { afgsuApi, afgsuKeys } from '../../../api/afgsu';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Paging } from '../../../components/Paging';
import { OverviewFilters } from './OverviewFilters';
import { OverviewTable } from './OverviewTable';
import { RemindersPanel } from './RemindersPanel';
import { StatusCounts } from './StatusCounts';
import { useOverviewParams } from './useOverviewParams';

/** « Stagiaires »: counts per status (they filter), the trainees' statuses by cohort and status, the reminders to come. */
const OverviewTab = () => {
  const { query, setStatus, setCohort, setPage, setPageSize } = useOverviewParams();
  const overview = useQuery({
    queryKey: [...afgsuKeys.overview, query],
    queryFn: () => afgsuApi.overview(query),
    placeholderData: keepPreviousData,
  });
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', xl: 'minmax(0, 1fr) 360px' }, alignItems: 'start' }}>
      <Box sx={{ minWidth: 0 }}>
        <StatusCounts counts={overview.data?.counts} selected={query.status} onSelect={setStatus} />
        <OverviewFilters cohortId={query.cohortId} status={query.status} onCohort={setCohort} onStatus={setStatus} />
        {overview.isFetching && <LinearProgress sx={{ mb: 1 }} />}
        <ErrorAlert error={overview.error} />
        {overview.data && (
          <>
            <OverviewTable rows={overview.data.items} />
            <Paging total={overview.data.total} page={query.page} pageSize={query.pageSize} onPage={setPage} onPageSize={setPageSize} />
          </>
        )}
      </Box>
      <RemindersPanel />
    </Box>
  );
};

export default OverviewTab;
