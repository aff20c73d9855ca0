import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Cohort } from '../api/types';

interface Props {
  value: string | undefined;
  onChange: (cohortId: string | undefined) => void;
  label: string;
  allLabel: string;
}

/** A filter on the cohort (« session de formation »), newest first; empty means all. */
export const CohortSelect = ({ value, onChange, label, allLabel }: Props) => {
  const translate = useTranslate();
  const cohorts = useGetList<Cohort>('cohorts', { pagination: { page: 1, perPage: 100 }, sort: { field: 'startDate', order: 'DESC' } });
  return (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
      fullWidth={false}
      sx={{ width: { xs: '100%', sm: 320 } }}
    >
      <MenuItem value="">{translate(allLabel)}</MenuItem>
      {(cohorts.data ?? []).map((cohort) => (
        <MenuItem key={cohort.id} value={cohort.id}>
          {cohort.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
