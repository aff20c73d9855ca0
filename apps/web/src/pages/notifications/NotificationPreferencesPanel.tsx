import { useState } from 'react';
import { Card, CardContent, Chip, FormControlLabel, List, ListItem, Stack, Switch, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { notificationKeys, notificationsApi, type NotificationPreference } from '../../api/notifications';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Every kind of reminder: a switch per optional one (on = received), mandatory ones shown on and disabled. */
export const NotificationPreferencesPanel = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const preferences = useQuery({ queryKey: notificationKeys.preferences, queryFn: notificationsApi.preferences });
  const toggle = (line: NotificationPreference, receive: boolean) => {
    const lines = preferences.data ?? [];
    const mutedKinds = lines.filter((l) => (l.kind === line.kind ? !receive : l.muted)).map((l) => l.kind);
    setError(null);
    setSaving(true);
    notificationsApi
      .savePreferences({ mutedKinds })
      .then((saved) => {
        queryClient.setQueryData(notificationKeys.preferences, saved);
        notify('app.notifications.preferences.saved', { type: 'success' });
      }, setError)
      .finally(() => setSaving(false));
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('app.notifications.preferences.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.notifications.preferences.intro')}
        </Typography>
        <ErrorAlert error={preferences.error ?? error} />
        <List dense disablePadding>
          {preferences.data?.map((line) => (
            <ListItem key={line.kind} disableGutters sx={{ display: 'block' }}>
              <FormControlLabel
                control={
                  <Switch
                    checked={!line.muted}
                    disabled={line.mandatory || saving}
                    onChange={(event) => toggle(line, event.target.checked)}
                    slotProps={{ input: { 'aria-label': line.title } }}
                  />
                }
                label={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    <span>{line.title}</span>
                    {line.mandatory && <Chip size="small" variant="outlined" label={translate('app.notifications.preferences.mandatory')} />}
                  </Stack>
                }
              />
              <Typography variant="caption" color="text.secondary" component="p" sx={{ ml: 6.5, mt: -0.5 }}>
                {line.when} · {line.channels.map((c) => translate(`app.notifications.preferences.channels.${c}`)).join(', ')}
              </Typography>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
