import { Link as RouterLink, useNavigate } from 'react-router';
import {
  Chip,
  Link,
  List,
  ListItemButton,
  ListItemText,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfgsuSession } from '../../../api/afgsu';
import { afgsuSessionPath } from '../../../lib/afgsu';
import { SessionWarnings } from './SessionWarnings';
import { sessionDates } from './sessionText';

const COLUMNS = ['dates', 'kind', 'cesu', 'places', 'warnings'] as const;

/** Sessions: dates, kind, CESU, participants / capacity, warnings; each opens its page (a list on a phone). */
export const SessionList = ({ sessions }: { sessions: AfgsuSession[] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  if (sessions.length === 0)
    return (
      <Typography sx={{ py: 2 }} color="text.secondary">
        {translate('app.afgsu.sessions.empty')}
      </Typography>
    );
  const places = (session: AfgsuSession) =>
    translate('app.afgsu.sessions.participants', { count: session.participantCount, capacity: session.capacity });
  const kind = (session: AfgsuSession) => translate(`app.afgsu.sessions.kind.${session.kind}`);

  if (isSmall) {
    return (
      <List disablePadding>
        {sessions.map((session) => (
          <ListItemButton key={session.id} component={RouterLink} to={afgsuSessionPath(session.id)} divider>
            <ListItemText
              primary={`${sessionDates(session)} · ${kind(session)}`}
              secondary={
                <>
                  {`${session.cesuName} · ${places(session)}`}
                  <SessionWarnings warnings={session.warnings} compact />
                </>
              }
              slotProps={{ secondary: { component: 'div' } }}
            />
          </ListItemButton>
        ))}
      </List>
    );
  }

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={translate('app.afgsu.sessions.title')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column}>
                {translate(column === 'kind' ? 'resources.afgsu-sessions.fields.kind' : `app.afgsu.sessions.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sessions.map((session) => (
            <TableRow key={session.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(afgsuSessionPath(session.id))}>
              <TableCell>
                <Link component={RouterLink} to={afgsuSessionPath(session.id)} onClick={(event) => event.stopPropagation()}>
                  {sessionDates(session)}
                </Link>
              </TableCell>
              <TableCell>{kind(session)}</TableCell>
              <TableCell>
                {session.cesuName}
                {(session.trainerName || session.place) && (
                  <Typography variant="body2" color="text.secondary">
                    {[session.trainerName, session.place].filter(Boolean).join(' · ')}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Chip
                  size="small"
                  variant="outlined"
                  color={session.participantCount >= session.capacity ? 'warning' : 'default'}
                  label={places(session)}
                />
              </TableCell>
              <TableCell>
                <SessionWarnings warnings={session.warnings} compact />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
