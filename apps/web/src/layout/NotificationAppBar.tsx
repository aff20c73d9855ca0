import { AppBar, LoadingIndicator } from 'react-admin';
import { NotificationBell } from './NotificationBell';

/** react-admin's app bar with the notification bell before the loading indicator. */
export const NotificationAppBar = () => (
  <AppBar
    toolbar={
      <>
        <NotificationBell />
        <LoadingIndicator />
      </>
    }
  />
);
