import { useState } from 'react';
import { Box, Checkbox, FormControlLabel, FormGroup, FormHelperText, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { ValidationError, useGetList, useGetManyReference, useInput, useTranslate } from 'react-admin';
import type { ExamSessionDetail } from '../../../api/exams';
import type { Cohort, Trainee } from '../../../api/types';
import { atLeastOne } from '../validators';

const validate = atLeastOne('app.exams.session.pick_trainee');
const MAX_PAGE = 100;
const fullName = (trainee: Trainee) => `${trainee.lastName.toUpperCase()} ${trainee.firstName}`;

/**
 * The trainees to convene (`traineeIds`): a cohort of the session's version, then its trainees in training as checkboxes
 * (« Tout cocher »); those already convened to the block are shown, not ticked again. Changing cohort starts afresh.
 */
export const TraineeChoice = ({ session, blockId }: { session: ExamSessionDetail; blockId: string }) => {
  const translate = useTranslate();
  const [cohortId, setCohortId] = useState('');
  const { field, fieldState } = useInput<string[]>({ source: 'traineeIds', validate });
  const cohorts = useGetList<Cohort>('cohorts', {
    pagination: { page: 1, perPage: MAX_PAGE },
    sort: { field: 'startDate', order: 'DESC' },
  });
  const trainees = useGetManyReference<Trainee>(
    'trainees',
    {
      target: 'cohortId',
      id: cohortId,
      pagination: { page: 1, perPage: MAX_PAGE },
      sort: { field: 'lastName', order: 'ASC' },
      filter: { status: 'active' },
    },
    { enabled: !!cohortId },
  );
  const already = new Set(session.convened.filter((line) => line.blockId === blockId).map((line) => line.traineeId));
  const offered = (trainees.data ?? []).filter((trainee) => !already.has(trainee.id));
  const chosen = new Set<string>(field.value ?? []);
  const allChosen = offered.length > 0 && offered.every((trainee) => chosen.has(trainee.id));
  const toggle = (id: string, on: boolean) => field.onChange(on ? [...chosen, id] : [...chosen].filter((other) => other !== id));

  return (
    <Box>
      <TextField
        select
        fullWidth
        label={translate('app.exams.session.cohort')}
        value={cohortId}
        onChange={(event) => {
          setCohortId(event.target.value);
          field.onChange([]);
        }}
        helperText={translate('app.exams.session.cohort_helper')}
      >
        {(cohorts.data ?? [])
          .filter((cohort) => cohort.versionId === session.versionId)
          .map((cohort) => (
            <MenuItem key={cohort.id} value={cohort.id}>
              {cohort.name}
            </MenuItem>
          ))}
      </TextField>
      {(cohorts.isPending || trainees.isFetching) && <LinearProgress sx={{ mt: 1 }} />}
      {cohortId && trainees.data && (
        <FormGroup aria-label={translate('app.exams.session.trainees')} sx={{ mt: 1 }}>
          {trainees.data.length === 0 ? (
            <Typography color="text.secondary">{translate('app.exams.session.no_trainee')}</Typography>
          ) : (
            <FormControlLabel
              control={
                <Checkbox
                  checked={allChosen}
                  indeterminate={!allChosen && offered.some((trainee) => chosen.has(trainee.id))}
                  disabled={offered.length === 0}
                  onChange={(event) => field.onChange(event.target.checked ? offered.map((trainee) => trainee.id) : [])}
                />
              }
              label={translate('app.exams.session.all')}
              sx={{ borderBottom: 1, borderColor: 'divider' }}
            />
          )}
          {trainees.data.map((trainee) => (
            <FormControlLabel
              key={trainee.id}
              disabled={already.has(trainee.id)}
              control={
                <Checkbox
                  checked={already.has(trainee.id) || chosen.has(trainee.id)}
                  onChange={(event) => toggle(trainee.id, event.target.checked)}
                />
              }
              label={already.has(trainee.id) ? translate('app.exams.session.already', { name: fullName(trainee) }) : fullName(trainee)}
            />
          ))}
        </FormGroup>
      )}
      {fieldState.error?.message && (
        <FormHelperText error>
          <ValidationError error={fieldState.error.message} />
        </FormHelperText>
      )}
    </Box>
  );
};
