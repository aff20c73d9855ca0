import { Box, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { MyNotificationList } from './MyNotificationList';
import { NotificationPreferencesPanel } from './NotificationPreferencesPanel';

/** The notification centre of every signed-in person: their notifications, then the reminders they choose to receive. */
const NotificationsPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2, maxWidth: 1100 }}>
      <Title title="app.notifications.centre.title" />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('app.notifications.centre.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('app.notifications.centre.intro')}
        </Typography>
      </Box>
      <MyNotificationList />
      <NotificationPreferencesPanel />
    </Box>
  );
};

export default NotificationsPage;
