import { Box, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { AfgsuStatusCode } from '../../../api/afgsu';
import type { Cohort } from '../../../api/types';
import { AFGSU_STATUSES, isAfgsuStatus } from '../../../lib/afgsu';

interface Props {
  cohortId: string | undefined;
  status: AfgsuStatusCode | undefined;
  onCohort: (cohortId: string | undefined) => void;
  onStatus: (status: AfgsuStatusCode | undefined) => void;
}

/** Filters of the overview: the cohort (« session de formation ») and the status. */
export const OverviewFilters = ({ cohortId, status, onCohort, onStatus }: Props) => {
  const translate = useTranslate();
  const cohorts = useGetList<Cohort>('cohorts', { pagination: { page: 1, perPage: 100 }, sort: { field: 'startDate', order: 'DESC' } });
  return (
    <Box sx={{ display: 'flex', columnGap: 2, flexWrap: 'wrap', mb: 1 }}>
      <TextField
        select
        size="small"
        label={translate('app.afgsu.overview.cohort')}
        value={cohortId ?? ''}
        onChange={(event) => onCohort(event.target.value || undefined)}
        fullWidth={false}
        sx={{ width: { xs: '100%', sm: 320 } }}
      >
        <MenuItem value="">{translate('app.afgsu.overview.all_cohorts')}</MenuItem>
        {(cohorts.data ?? []).map((cohort) => (
          <MenuItem key={cohort.id} value={cohort.id}>
            {cohort.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('app.afgsu.overview.status')}
        value={status ?? ''}
        onChange={(event) => onStatus(isAfgsuStatus(event.target.value) ? event.target.value : undefined)}
        fullWidth={false}
        sx={{ width: { xs: '100%', sm: 220 } }}
      >
        <MenuItem value="">{translate('app.afgsu.overview.all_statuses')}</MenuItem>
        {AFGSU_STATUSES.map((code) => (
          <MenuItem key={code} value={code}>
            {translate(`app.afgsu.status.${code}`)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
};
