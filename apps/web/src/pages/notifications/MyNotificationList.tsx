import { useState } from 'react';
import { Link } from 'react-router';
import { Box, Button, Card, CardContent, Divider, List, ListItem, Stack, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { notificationKeys, notificationsApi, type MyNotification } from '../../api/notifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Paging } from '../../components/Paging';
import { formatDateTime } from '../../lib/dates';

/** My in-app notifications, newest first: unread ones in bold, « Ouvrir » goes to the page to act on (and marks it read). */
export const MyNotificationList = () => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<unknown>(null);
  const query = { page, pageSize: 20 };
  const list = useQuery({ queryKey: notificationKeys.list(query), queryFn: () => notificationsApi.mine(query), placeholderData: keepPreviousData });
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.mine });
  const run = (action: () => Promise<unknown>) => () => {
    setError(null);
    action().then(refresh, setError);
  };
  const data = list.data;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="subtitle1" component="p" aria-live="polite">
            {data && (data.unreadCount > 0 ? translate('app.notifications.centre.unread', { smart_count: data.unreadCount }) : translate('app.notifications.centre.all_read'))}
          </Typography>
          <Button startIcon={<DoneAllIcon />} disabled={!data || data.unreadCount === 0} onClick={run(notificationsApi.readAll)}>
            {translate('app.notifications.centre.read_all')}
          </Button>
        </Stack>
        <ErrorAlert error={list.error ?? error} />
        {data && data.items.length === 0 && <Typography color="text.secondary">{translate('app.notifications.centre.empty')}</Typography>}
        <List disablePadding aria-label={translate('app.notifications.centre.title')}>
          {data?.items.map((n, i) => (
            <Box key={n.id}>
              {i > 0 && <Divider component="li" />}
              <NotificationItem notification={n} onRead={run(() => notificationsApi.read(n.id))} />
            </Box>
          ))}
        </List>
        {data && data.total > data.pageSize && <Paging total={data.total} page={data.page} pageSize={data.pageSize} onPage={setPage} />}
      </CardContent>
    </Card>
  );
};

const NotificationItem = ({ notification: n, onRead }: { notification: MyNotification; onRead: () => void }) => {
  const translate = useTranslate();
  const unread = !n.readAt;
  return (
    <ListItem
      data-testid="notification-item"
      data-unread={unread}
      sx={{ display: 'grid', gap: 0.5, px: 0, py: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr auto' }, alignItems: 'start' }}
    >
      <Box sx={{ minWidth: 0 }}>
        <Typography component="p" sx={{ fontWeight: unread ? 700 : 400 }}>
          {n.subject}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ fontWeight: unread ? 600 : 400 }}>
          {n.text}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('app.notifications.centre.received', { date: formatDateTime(n.sentAt) })} · {n.kindTitle}
        </Typography>
      </Box>
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="contained" component={Link} to={n.linkPath} onClick={unread ? onRead : undefined}>
          {translate('app.notifications.centre.open')}
        </Button>
        {unread && (
          <Button size="small" onClick={onRead}>
            {translate('app.notifications.centre.mark_read')}
          </Button>
        )}
      </Stack>
    </ListItem>
  );
};
