import { Menu, usePermissions } from 'react-admin';
import { isAdminRole } from '../lib/roles';

/** Administrators see their resources; the other roles see their welcome page. */
export const AppMenu = () => {
  const { permissions } = usePermissions();
  return (
    <Menu>
      {!isAdminRole(permissions) && <Menu.DashboardItem />}
      <Menu.ResourceItems />
    </Menu>
  );
};
