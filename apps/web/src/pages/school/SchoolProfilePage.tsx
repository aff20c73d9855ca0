import { useState } from 'react';
import { Alert, Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Form,
  SaveButton,
  TextInput,
  Title,
  email,
  maxLength,
  minLength,
  useNotify,
  usePermissions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { fieldErrors } from '../../api/errors';
import { schoolApi, schoolKeys, type SchoolProfile, type SchoolProfileInput } from '../../api/school';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConventionTemplateCard } from './ConventionTemplateCard';

/** Empty fields are sent as null (nothing printed). */
const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const toInput = (values: Partial<SchoolProfile>): SchoolProfileInput => ({
  address: blankToNull(values.address),
  siret: blankToNull(values.siret),
  activityNumber: blankToNull(values.activityNumber),
  signatory: blankToNull(values.signatory),
  phone: blankToNull(values.phone),
  contactEmail: blankToNull(values.contactEmail),
});

/** « Établissement »: the letterhead of the school's documents; set by the school administrator, read by the staff. */
const SchoolProfilePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { permissions: role } = usePermissions();
  const readOnly = role !== 'school_admin';
  const profile = useQuery({ queryKey: schoolKeys.profile, queryFn: schoolApi.profile });
  const [error, setError] = useState<unknown>(null);

  const save = async (values: Partial<SchoolProfile>) => {
    setError(null);
    try {
      queryClient.setQueryData(schoolKeys.profile, await schoolApi.update(toInput(values)));
      notify('app.documents.school.saved', { type: 'success' });
      return undefined;
    } catch (failure) {
      setError(failure);
      return fieldErrors(failure);
    }
  };

  const input = (source: keyof SchoolProfileInput, validate?: ReturnType<typeof maxLength>[], multiline = false) => (
    <TextInput
      source={source}
      validate={validate}
      multiline={multiline}
      readOnly={readOnly}
      helperText={['siret', 'activityNumber', 'signatory'].includes(source) ? `resources.school-profile.helpers.${source}` : false}
      fullWidth
    />
  );
  return (
    <Box sx={{ maxWidth: 720, py: 2 }}>
      <Title title="app.documents.school.title" />
      <Typography variant="h5" component="h1">
        {translate('app.documents.school.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.documents.school.intro')}
      </Typography>
      {readOnly && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.documents.school.read_only')}
        </Alert>
      )}
      {profile.isPending && <LinearProgress />}
      <ErrorAlert error={profile.error} />
      {profile.data && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Form
            record={profile.data as SchoolProfile & RaRecord}
            resource="school-profile"
            onSubmit={save}
            noValidate
            disableInvalidFormNotification
          >
            <TextInput source="name" readOnly helperText={false} fullWidth />
            {input('address', [minLength(5), maxLength(300)], true)}
            {input('siret')}
            {input('activityNumber')}
            {input('signatory', [minLength(3), maxLength(150)])}
            {input('phone')}
            {input('contactEmail', [email(), maxLength(254)])}
            <ErrorAlert error={error} />
            {!readOnly && <SaveButton alwaysEnable />}
          </Form>
        </Paper>
      )}
      <ConventionTemplateCard readOnly={readOnly} />
    </Box>
  );
};

export default SchoolProfilePage;
