import { useState } from 'react';
import { Box } from '@mui/material';
import { DateInput, maxValue, minValue, NumberInput, required, SelectInput, SimpleForm } from 'react-admin';
import { SaveToolbar, row, typeChoices } from '../fields';
import { CohortTraineeInputs } from './CohortTraineeInputs';
import { ObjectivesInput } from './ObjectivesInput';
import { SiteTutorInputs } from './SiteTutorInputs';

/** End date not before the start date. */
const afterStart = (value: string, values: { startOn?: string }) =>
  value && values.startOn && value < values.startOn ? 'app.internship.end_before_start' : undefined;

/**
 * A placement: trainee (chosen in a cohort), host site and one of its tutors, type, dates, planned hours, objectives
 * per block. The API's refusals (overlap, capacity, cohort dates, tutor of another site) show under their field.
 */
export const PlacementForm = () => {
  // The cohort picker is not sent: set by the user, or from the trainee of a placement being edited.
  const [cohortId, setCohortId] = useState<string>();
  return (
    <SimpleForm toolbar={<SaveToolbar />} defaultValues={{ type: 'stage', objectives: [] }} sx={{ maxWidth: 800 }}>
      <CohortTraineeInputs cohortId={cohortId} onCohort={setCohortId} />
      <SiteTutorInputs />
      <Box sx={row}>
        <SelectInput source="type" choices={typeChoices} validate={required()} fullWidth />
        <NumberInput source="plannedHours" validate={[required(), minValue(1), maxValue(2000)]} step={1} fullWidth />
      </Box>
      <Box sx={row}>
        <DateInput source="startOn" validate={required()} fullWidth />
        <DateInput source="endOn" validate={[required(), afterStart]} fullWidth />
      </Box>
      <ObjectivesInput cohortId={cohortId} />
    </SimpleForm>
  );
};
