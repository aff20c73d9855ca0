import { Edit, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { RoleInput } from './fields';
import { UserActions } from './UserActions';

const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<UserActions view="edit" />}>
    <SimpleForm>
      <TextInput source="email" disabled fullWidth />
      <TextInput source="fullName" validate={[required(), maxLength(200)]} fullWidth />
      <RoleInput validate={required()} fullWidth />
    </SimpleForm>
  </Edit>
);

export default UserEdit;
