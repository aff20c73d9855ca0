import { SelectInput, type SelectInputProps } from 'react-admin';
import { EnumField, enumChoices } from '../../components/EnumField';
import { INVITABLE_ROLES, USER_STATUSES } from '../../lib/roles';

export const STATUS_COLORS = { invited: 'info', active: 'success', disabled: 'default' } as const;

export const RoleField = ({ source = 'role' }: { source?: string; label?: string }) => <EnumField source={source} prefix="app.roles" />;

export const StatusField = ({ source = 'status' }: { source?: string; label?: string }) => (
  <EnumField source={source} prefix="app.userStatus" colors={STATUS_COLORS} />
);

export const roleChoices = enumChoices(INVITABLE_ROLES, 'app.roles');
export const statusChoices = enumChoices(USER_STATUSES, 'app.userStatus');

export const RoleInput = (props: Omit<SelectInputProps, 'source' | 'choices'>) => (
  <SelectInput source="role" choices={roleChoices} {...props} />
);
