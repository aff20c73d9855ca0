import { useEffect } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { FormDataConsumer, required, SelectInput, useGetList, useGetManyReference, useGetOne, useTranslate } from 'react-admin';
import type { Cohort } from '../../../api/types';

interface Props {
  /** The cohort chosen (the trainee's, once one is chosen), for the blocks of its version. */
  cohortId: string | undefined;
  onCohort: (cohortId: string) => void;
}

/** The trainee, chosen in a cohort: the cohort picker (not sent), then its trainees. */
export const CohortTraineeInputs = ({ cohortId, onCohort }: Props) => {
  const translate = useTranslate();
  const { data: cohorts = [] } = useGetList<Cohort>('cohorts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startDate', order: 'DESC' },
  });
  return (
    <>
      <TextField
        select
        label={translate('resources.placements.fields.cohortId')}
        value={cohortId ?? ''}
        onChange={(event) => onCohort(event.target.value)}
        fullWidth
        margin="dense"
        size="small"
        sx={{ mb: 2.5 }}
      >
        {cohorts.map((cohort) => (
          <MenuItem key={cohort.id} value={cohort.id}>
            {cohort.name}
          </MenuItem>
        ))}
      </TextField>
      <FormDataConsumer<{ traineeId?: string }>>
        {({ formData }) => <TraineeInput cohortId={cohortId} traineeId={formData.traineeId} onCohort={onCohort} />}
      </FormDataConsumer>
    </>
  );
};

const TraineeInput = ({ cohortId, traineeId, onCohort }: Props & { traineeId?: string }) => {
  const translate = useTranslate();
  // A placement being edited: its trainee's cohort is chosen for the picker.
  const { data: trainee } = useGetOne<{ id: string; cohortId: string }>(
    'trainees',
    { id: traineeId ?? '' },
    { enabled: !!traineeId && !cohortId },
  );
  useEffect(() => {
    if (trainee && !cohortId) onCohort(trainee.cohortId);
  }, [trainee, cohortId, onCohort]);
  const { data: trainees = [] } = useGetManyReference<{ id: string; firstName: string; lastName: string }>(
    'trainees',
    { target: 'cohortId', id: cohortId ?? '', pagination: { page: 1, perPage: 100 }, sort: { field: 'lastName', order: 'ASC' } },
    { enabled: !!cohortId },
  );
  const choices = trainees.map((t) => ({ id: t.id, name: `${t.lastName} ${t.firstName}` }));
  return (
    <SelectInput
      source="traineeId"
      choices={choices}
      validate={required()}
      disabled={!cohortId}
      helperText={cohortId ? undefined : translate('app.internship.placement.choose_cohort')}
      fullWidth
    />
  );
};
