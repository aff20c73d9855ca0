import { Link as RouterLink } from 'react-router';
import { Card, CardContent, LinearProgress, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { afgsuApi, afgsuKeys, type AfgsuReminder } from '../../../api/afgsu';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AFGSU_REMINDER_DAYS, traineeAfgsuPath } from '../../../lib/afgsu';
import { addDays, parisDay, shortDay } from '../../../lib/dates';

/** What the reminder says: expiring in 90 or 30 days, expired, a session tomorrow. */
function reminderText(reminder: AfgsuReminder, translate: (key: string, options?: object) => string): string {
  if (reminder.kind === 'afgsu_expiring') {
    return reminder.thresholdDays
      ? translate('app.afgsu.reminders.kind.afgsu_expiring', { days: reminder.thresholdDays })
      : translate('app.afgsu.reminders.kind.afgsu_expiring_soon');
  }
  return translate(`app.afgsu.reminders.kind.${reminder.kind}`);
}

/** « Rappels à venir »: the AFGSU reminders due in the next 90 days, soonest first. */
export const RemindersPanel = () => {
  const translate = useTranslate();
  const from = parisDay();
  const to = addDays(from, AFGSU_REMINDER_DAYS);
  const reminders = useQuery({ queryKey: [...afgsuKeys.overview, 'reminders', from], queryFn: () => afgsuApi.reminders(from, to) });
  return (
    <Card variant="outlined" component="section" aria-labelledby="afgsu-reminders">
      <CardContent>
        <Typography id="afgsu-reminders" variant="h6" component="h2">
          {translate('app.afgsu.reminders.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.afgsu.reminders.intro', { days: AFGSU_REMINDER_DAYS })}
        </Typography>
        {reminders.isPending && <LinearProgress sx={{ mt: 1 }} />}
        <ErrorAlert error={reminders.error} />
        {reminders.data?.length === 0 && (
          <Typography sx={{ mt: 1 }} color="text.secondary">
            {translate('app.afgsu.reminders.empty', { days: AFGSU_REMINDER_DAYS })}
          </Typography>
        )}
        <List dense sx={{ maxHeight: 420, overflowY: 'auto' }}>
          {reminders.data?.map((reminder) => (
            <ListItem key={reminder.key} divider disableGutters>
              <ListItemText
                primary={
                  <>
                    {`${shortDay(reminder.dueOn)} · `}
                    <Link component={RouterLink} to={traineeAfgsuPath(reminder.traineeId)}>
                      {reminder.traineeName}
                    </Link>
                  </>
                }
                secondary={reminderText(reminder, translate)}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
