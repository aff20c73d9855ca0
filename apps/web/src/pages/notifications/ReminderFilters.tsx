import { Chip, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { notificationKeys, notificationsApi, type NotificationOverviewPage } from '../../api/notifications';
import { NOTIFICATION_STATUSES } from '../../lib/notifications';

export interface ReminderFilterValues {
  statut?: string;
  type?: string;
  canal?: string;
  q?: string;
  du?: string;
  au?: string;
}

interface Props {
  values: ReminderFilterValues;
  counts: NotificationOverviewPage['counts'] | undefined;
  onChange: (key: keyof ReminderFilterValues, value: string | undefined) => void;
}

/** The counts per status as chips (one chosen at a time), then the kind, the channel, the recipient and the dates. */
export const ReminderFilters = ({ values, counts, onChange }: Props) => {
  const translate = useTranslate();
  // The catalogue's kinds with their French titles, as the preferences list them.
  const kinds = useQuery({ queryKey: notificationKeys.preferences, queryFn: notificationsApi.preferences });
  const total = counts ? NOTIFICATION_STATUSES.reduce((sum, s) => sum + counts[s], 0) : 0;
  const text = (key: keyof ReminderFilterValues) => ({
    value: values[key] ?? '',
    onChange: (event: { target: { value: string } }) => onChange(key, event.target.value || undefined),
  });
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} role="group" aria-label={translate('app.notifications.reminders.columns.status')}>
        <Chip
          label={translate('app.notifications.reminders.all', { count: total })}
          color={values.statut ? 'default' : 'primary'}
          variant={values.statut ? 'outlined' : 'filled'}
          onClick={() => onChange('statut', undefined)}
        />
        {NOTIFICATION_STATUSES.map((status) => (
          <Chip
            key={status}
            data-testid={`status-chip-${status}`}
            label={translate('app.notifications.reminders.status_count', {
              label: translate(`app.notifications.reminders.status.${status}`),
              count: counts?.[status] ?? 0,
            })}
            color={values.statut === status ? 'primary' : 'default'}
            variant={values.statut === status ? 'filled' : 'outlined'}
            onClick={() => onChange('statut', values.statut === status ? undefined : status)}
          />
        ))}
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField select size="small" label={translate('app.notifications.reminders.filters.kind')} sx={{ minWidth: 260 }} {...text('type')}>
          <MenuItem value="">{translate('app.notifications.reminders.filters.all_kinds')}</MenuItem>
          {kinds.data?.map((k) => (
            <MenuItem key={k.kind} value={k.kind}>
              {k.title}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={translate('app.notifications.reminders.filters.channel')} sx={{ minWidth: 180 }} {...text('canal')}>
          <MenuItem value="">{translate('app.notifications.reminders.filters.all_channels')}</MenuItem>
          {(['email', 'in_app'] as const).map((c) => (
            <MenuItem key={c} value={c}>
              {translate(`app.notifications.reminders.channel.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" label={translate('app.notifications.reminders.filters.q')} {...text('q')} />
        <TextField size="small" type="date" label={translate('app.notifications.reminders.filters.from')} slotProps={{ inputLabel: { shrink: true } }} {...text('du')} />
        <TextField size="small" type="date" label={translate('app.notifications.reminders.filters.to')} slotProps={{ inputLabel: { shrink: true } }} {...text('au')} />
      </Stack>
    </Stack>
  );
};
