import { Box } from '@mui/material';
import { AutocompleteArrayInput, email, maxLength, ReferenceArrayInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { rppsHint } from '../identifiers';
import { SaveToolbar, emptyToNull, phone, professionChoices, row } from '../fields';

/** A tutor: names, profession, RPPS (checked as typed), contact, the host sites they work at. */
export const TutorForm = () => (
  <SimpleForm toolbar={<SaveToolbar />} defaultValues={{ profession: 'general_practitioner', hostSiteIds: [] }} sx={{ maxWidth: 720 }}>
    <Box sx={row}>
      <TextInput source="lastName" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="firstName" validate={[required(), maxLength(100)]} fullWidth />
    </Box>
    <Box sx={row}>
      <SelectInput source="profession" choices={professionChoices} validate={required()} fullWidth />
      <TextInput source="rpps" validate={rppsHint} parse={emptyToNull} fullWidth />
    </Box>
    <Box sx={row}>
      <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} fullWidth />
      <TextInput source="phone" validate={phone} parse={emptyToNull} fullWidth />
    </Box>
    <ReferenceArrayInput source="hostSiteIds" reference="host-sites" perPage={100}>
      <AutocompleteArrayInput optionText="name" validate={required()} fullWidth filterToQuery={(q: string) => ({ q })} />
    </ReferenceArrayInput>
  </SimpleForm>
);
