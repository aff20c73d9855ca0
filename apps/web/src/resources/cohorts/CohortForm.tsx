import { Box } from '@mui/material';
import { DateInput, NumberInput, SelectInput, SimpleForm, TextInput, maxLength, maxValue, minValue, required } from 'react-admin';
import type { CohortCreate } from '../../api/types';
import { VersionInput, formatChoices } from './fields';

/** End date not before the start date. */
const afterStart = (value: string, values: Partial<CohortCreate>) =>
  value && values.startDate && value < values.startDate ? 'resources.cohorts.validation.end_before_start' : undefined;

const row = { display: 'flex', gap: { xs: 0, sm: 2 }, flexDirection: { xs: 'column', sm: 'row' }, width: '100%' } as const;

/** Fields of a cohort; the certification version is chosen once, at creation. */
export const CohortForm = ({ creating }: { creating?: boolean }) => (
  <SimpleForm defaultValues={creating ? { format: 'presentiel', capacity: 20 } : undefined} sx={{ maxWidth: 720 }}>
    <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
    {creating && <VersionInput validate={required()} fullWidth />}
    <Box sx={row}>
      <SelectInput source="format" choices={formatChoices} validate={required()} fullWidth />
      <NumberInput source="capacity" validate={[required(), minValue(1), maxValue(200)]} step={1} fullWidth />
    </Box>
    <Box sx={row}>
      <DateInput source="startDate" validate={required()} fullWidth />
      <DateInput source="endDate" validate={[required(), afterStart]} fullWidth />
    </Box>
    <TextInput
      source="place"
      validate={maxLength(200)}
      helperText="resources.cohorts.helpers.place"
      fullWidth
      parse={(value: string) => value || null}
    />
  </SimpleForm>
);
