import { useState } from 'react';
import { Box, Card, CardContent, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { notificationKeys, notificationsApi, type NotificationOverviewItem, type NotificationsQuery } from '../../api/notifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Paging } from '../../components/Paging';
import { formatDateTime } from '../../lib/dates';
import { useUrlParams } from '../../lib/useUrlParams';
import { ReminderFilters, type ReminderFilterValues } from './ReminderFilters';
import { RemindersTable } from './RemindersTable';

const FILTERS = ['statut', 'type', 'canal', 'q', 'du', 'au'] as const;
const NEXT = { status: 'scheduled', order: 'asc', pageSize: 5 } as const satisfies NotificationsQuery;

/**
 * « Relances » (school admin and staff): counts per status as chips, the filters (in the URL), the school's
 * notifications with « Renvoyer » on those that failed or are stuck, and the next ones to leave.
 */
const RemindersPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { params, set } = useUrlParams(['page']);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const values = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as ReminderFilterValues;
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('taille') ?? 25);
  const query: NotificationsQuery = {
    status: values.statut as NotificationsQuery['status'],
    kind: values.type as NotificationsQuery['kind'],
    channel: values.canal as NotificationsQuery['channel'],
    q: values.q,
    from: values.du,
    to: values.au,
    page,
    pageSize,
  };
  const list = useQuery({
    queryKey: notificationKeys.overviewOf(query),
    queryFn: () => notificationsApi.overview(query),
    placeholderData: keepPreviousData,
  });
  const next = useQuery({ queryKey: notificationKeys.overviewOf(NEXT), queryFn: () => notificationsApi.overview(NEXT) });
  const retry = (row: NotificationOverviewItem) => {
    setError(null);
    setBusyId(row.id);
    notificationsApi
      .retry(row.id)
      .then(() => {
        notify('app.notifications.reminders.retried', { type: 'success' });
        return queryClient.invalidateQueries({ queryKey: notificationKeys.overview });
      }, setError)
      .finally(() => setBusyId(null));
  };
  const data = list.data;
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2 }}>
      <PageHeader title="app.notifications.reminders.title" intro="app.notifications.reminders.intro" />
      <ReminderFilters values={values} counts={data?.counts} onChange={set} />
      {list.isFetching && <LinearProgress />}
      <ErrorAlert error={list.error ?? error} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', xl: 'minmax(0, 3fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
        <Card variant="outlined" sx={{ overflowX: 'auto' }}>
          {data && data.items.length === 0 ? (
            <CardContent>
              <Typography color="text.secondary">{translate('app.notifications.reminders.empty')}</Typography>
            </CardContent>
          ) : (
            <RemindersTable rows={data?.items ?? []} onRetry={retry} busyId={busyId} />
          )}
          {data && (
            <Paging
              total={data.total}
              page={data.page}
              pageSize={data.pageSize}
              onPage={(p) => set('page', String(p))}
              onPageSize={(size) => set('taille', String(size))}
            />
          )}
        </Card>
        <Card variant="outlined" sx={{ overflowX: 'auto' }} aria-labelledby="next-sends">
          <CardContent sx={{ pb: 0 }}>
            <Typography id="next-sends" variant="h6" component="h2">
              {translate('app.notifications.reminders.next.title')}
            </Typography>
            {next.data && next.data.items.length === 0 && (
              <Typography color="text.secondary">{translate('app.notifications.reminders.next.empty')}</Typography>
            )}
          </CardContent>
          {next.data && next.data.items.length > 0 && <NextSends rows={next.data.items} />}
        </Card>
      </Box>
    </Box>
  );
};

/** The next notifications to leave: when, what, to whom. */
const NextSends = ({ rows }: { rows: NotificationOverviewItem[] }) => {
  const translate = useTranslate();
  return (
    <List dense>
      {rows.map((row) => (
        <ListItem key={row.id} data-testid="next-send">
          <ListItemText
            primary={`${formatDateTime(row.sendAt)} · ${row.kindTitle}`}
            secondary={`${row.recipientName} · ${translate(`app.notifications.reminders.channel.${row.channel}`)}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

export default RemindersPage;
