import { Typography } from '@mui/material';
import { Create, SimpleForm, TextInput, email, maxLength, regex, required, useTranslate } from 'react-admin';
import { useCreatedNotice } from '../../components/useCreatedNotice';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SchoolCreate = () => {
  const translate = useTranslate();
  const mutationOptions = useCreatedNotice('resources.schools.notifications.created', 'list');
  return (
    <Create mutationOptions={mutationOptions}>
      <SimpleForm>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput
          source="slug"
          validate={[required(), regex(SLUG, 'resources.schools.validation.slug'), maxLength(63)]}
          helperText="resources.schools.helpers.slug"
          fullWidth
        />
        <Typography variant="body2" color="text.secondary">
          {translate('resources.schools.helpers.admin')}
        </Typography>
        <TextInput source="adminFullName" validate={required()} fullWidth />
        <TextInput source="adminEmail" type="email" validate={[required(), email()]} fullWidth />
      </SimpleForm>
    </Create>
  );
};

export default SchoolCreate;
