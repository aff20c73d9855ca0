import { Link } from 'react-router';
import { Badge, IconButton, Tooltip } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { useQuery } from '@tanstack/react-query';
import { usePermissions, useTranslate } from 'react-admin';
import { notificationKeys, notificationsApi } from '../api/notifications';
import { hasNotifications, NOTIFICATION_PATHS, UNREAD_REFRESH_MS } from '../lib/notifications';

/** The bell of the app bar: the unread count (refreshed every minute), a click opens the notification centre. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions();
  const enabled = hasNotifications(role);
  const unread = useQuery({
    queryKey: notificationKeys.list({ pageSize: 1 }),
    queryFn: () => notificationsApi.mine({ pageSize: 1 }),
    enabled,
    refetchInterval: UNREAD_REFRESH_MS,
    select: (page) => page.unreadCount,
  });
  if (!enabled) return null;
  const count = unread.data ?? 0;
  const label = count > 0 ? translate('app.notifications.bell_unread', { smart_count: count }) : translate('app.notifications.bell');
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" component={Link} to={NOTIFICATION_PATHS.centre} aria-label={label}>
        <Badge badgeContent={count} color="error" max={99} data-testid="notification-badge">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
