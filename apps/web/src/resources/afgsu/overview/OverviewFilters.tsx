import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfgsuStatusCode } from '../../../api/afgsu';
import { CohortSelect } from '../../../components/CohortSelect';
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
  return (
    <Box sx={{ display: 'flex', columnGap: 2, flexWrap: 'wrap', mb: 1 }}>
      <CohortSelect value={cohortId} onChange={onCohort} label="app.afgsu.overview.cohort" allLabel="app.afgsu.overview.all_cohorts" />
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
