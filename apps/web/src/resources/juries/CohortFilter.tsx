import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Cohort } from '../../api/types';

interface Props {
  cohortId: string | undefined;
  onChange: (cohortId: string | undefined) => void;
}

/** The cohort (« session de formation ») whose trainees are shown; none: every trainee with an attempt. */
export const CohortFilter = ({ cohortId, onChange }: Props) => {
  const translate = useTranslate();
  const cohorts = useGetList<Cohort>('cohorts', { pagination: { page: 1, perPage: 100 }, sort: { field: 'startDate', order: 'DESC' } });
  return (
    <TextField
      select
      size="small"
      label={translate('app.juries.jury.cohort')}
      value={cohorts.data ? (cohortId ?? '') : ''}
      onChange={(event) => onChange(event.target.value || undefined)}
      sx={{ width: { xs: '100%', sm: 360 } }}
    >
      <MenuItem value="">{translate('app.juries.jury.all_cohorts')}</MenuItem>
      {(cohorts.data ?? []).map((cohort) => (
        <MenuItem key={cohort.id} value={cohort.id}>
          {cohort.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
