import { Box } from '@mui/material';
import {
  ArrayInput,
  email,
  FormDataConsumer,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { siretHint } from '../identifiers';
import { SaveToolbar, emptyToNull, kindChoices, phone, postalCode, row } from '../fields';

/** A host site: kind (the speciality only for a specialist), address, SIRET (checked as typed), capacity, contacts. */
export const HostSiteForm = () => (
  <SimpleForm toolbar={<SaveToolbar />} defaultValues={{ kind: 'general_practice', capacity: 1, contacts: [] }} sx={{ maxWidth: 800 }}>
    <TextInput source="name" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
    <Box sx={row}>
      <SelectInput source="kind" choices={kindChoices} validate={required()} fullWidth />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          formData.kind === 'specialist_practice' && (
            <TextInput source="speciality" validate={[required(), minLength(2), maxLength(100)]} fullWidth />
          )
        }
      </FormDataConsumer>
    </Box>
    <TextInput source="address" validate={[required(), minLength(3), maxLength(300)]} fullWidth />
    <Box sx={row}>
      <TextInput source="postalCode" validate={[required(), postalCode]} fullWidth />
      <TextInput source="city" validate={[required(), minLength(2), maxLength(100)]} fullWidth />
    </Box>
    <Box sx={row}>
      <TextInput source="siret" validate={siretHint} parse={emptyToNull} fullWidth />
      <NumberInput source="capacity" validate={[required(), minValue(1), maxValue(50)]} step={1} fullWidth />
    </Box>
    <ArrayInput source="contacts">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="name" label="app.internship.contact.name" validate={[required(), minLength(2), maxLength(150)]} />
        <TextInput source="role" label="app.internship.contact.role" validate={maxLength(100)} parse={emptyToNull} />
        <TextInput source="email" label="app.internship.contact.email" validate={email()} parse={emptyToNull} />
        <TextInput source="phone" label="app.internship.contact.phone" validate={phone} parse={emptyToNull} />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
