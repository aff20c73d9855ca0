import { Edit, SimpleForm, TextInput, maxLength, required } from 'react-admin';

const SchoolEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="slug" disabled fullWidth />
    </SimpleForm>
  </Edit>
);

export default SchoolEdit;
