import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { RoleField, StatusField } from './fields';
import { UserActions } from './UserActions';

const UserShow = () => (
  <Show actions={<UserActions view="show" />}>
    <SimpleShowLayout>
      <TextField source="fullName" />
      <TextField source="email" />
      <RoleField source="role" />
      <StatusField source="status" />
      <DateTimeField source="lastLoginAt" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);

export default UserShow;
