import { Create, SimpleForm, TextInput, email, maxLength, required } from 'react-admin';
import { useCreatedNotice } from '../../components/useCreatedNotice';
import { RoleInput } from './fields';

const UserCreate = () => {
  const mutationOptions = useCreatedNotice('resources.users.notifications.invited', 'show');
  return (
    <Create mutationOptions={mutationOptions}>
      <SimpleForm defaultValues={{ role: 'staff' }}>
        <TextInput source="fullName" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
        <RoleInput validate={required()} fullWidth />
      </SimpleForm>
    </Create>
  );
};

export default UserCreate;
