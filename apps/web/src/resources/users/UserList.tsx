import { SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';
import { RoleField, StatusField, roleChoices, statusChoices } from './fields';
import { UserListActions } from './UserActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
];

const UserList = () => {
  const translate = useTranslate();
  return (
    <AppList
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<UserListActions />}
      mobile={{
        primary: (r) => r.fullName,
        secondary: (r) => `${r.email} · ${translate(`app.roles.${r.role}`)}`,
        tertiary: (r) => translate(`app.userStatus.${r.status}`),
      }}
    >
      <TextField source="fullName" />
      <TextField source="email" />
      <RoleField source="role" />
      <StatusField source="status" />
      <DateTimeField source="lastLoginAt" />
      <DateTimeField source="createdAt" />
    </AppList>
  );
};

export default UserList;
