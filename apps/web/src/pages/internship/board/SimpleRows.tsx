import { Link as RouterLink } from 'react-router';
import { Link, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BoardReminder, BoardTrainee, BoardVaccination } from '../../../api/placementBoard';
import { dayRange, formatDay } from '../../../lib/dates';
import { traineePath } from '../../../lib/paths';
import { PlacementLink } from './PlacementLink';

/** Trainees in training with no placement from this week on. */
export const WithoutPlacementRows = ({ rows }: { rows: BoardTrainee[] }) => (
  <List dense disablePadding>
    {rows.map((row) => (
      <ListItem key={row.traineeId} disableGutters divider>
        <ListItemText
          primary={
            <Link component={RouterLink} to={traineePath(row.traineeId)} sx={{ fontWeight: 600 }}>
              {row.traineeName}
            </Link>
          }
          secondary={row.cohortName}
        />
      </ListItem>
    ))}
  </List>
);

/** The reminders the product will send in the next 7 days, by day. */
export const ReminderRows = ({ rows }: { rows: BoardReminder[] }) => {
  const translate = useTranslate();
  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.key} disableGutters divider>
          <ListItemText
            primary={
              <>
                {formatDay(row.dueOn, { weekday: 'long', day: 'numeric', month: 'long' })} ·{' '}
                <PlacementLink placementId={row.placementId} traineeName={row.traineeName} />
              </>
            }
            secondary={`${translate(`app.board.reminder_kind.${row.kind}`)} · ${row.hostSiteName}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** Stages whose trainee's required vaccinations are not up to date: a warning to check before the first day. */
export const VaccinationRows = ({ rows }: { rows: BoardVaccination[] }) => {
  const translate = useTranslate();
  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.placementId} disableGutters divider>
          <ListItemText
            primary={<PlacementLink placementId={row.placementId} traineeName={row.traineeName} />}
            secondary={translate('app.board.vaccinations.missing', {
              vaccines: row.missing.map((kind) => translate(`app.health.vaccine.${kind}`)).join(', '),
              period: dayRange(row.startOn, row.endOn),
              site: row.hostSiteName,
            })}
          />
        </ListItem>
      ))}
    </List>
  );
};
