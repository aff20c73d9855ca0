import AccessTimeIcon from '@mui/icons-material/AccessTime';
import GroupsIcon from '@mui/icons-material/Groups';
import PersonIcon from '@mui/icons-material/Person';
import PlaceIcon from '@mui/icons-material/Place';
import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { AfgsuSessionDetail } from '../../../api/afgsu';
import { SessionWarnings } from './SessionWarnings';
import { dayWithTimes } from './sessionText';

const Line = ({ icon, children }: { icon: ReactNode; children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
    <Box sx={{ color: 'text.secondary', display: 'flex', pt: '2px' }}>{icon}</Box>
    <Typography component="div">{children}</Typography>
  </Box>
);

/** Kind and CESU, the days and times, trainer, place, participants / capacity, and the API's warnings. */
export const SessionHeader = ({ session }: { session: AfgsuSessionDetail }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('app.afgsu.session.title', { kind: translate(`app.afgsu.sessions.kind.${session.kind}`), cesu: session.cesuName })}
      </Typography>
      <Stack spacing={0.75} sx={{ mb: 2 }}>
        <Line icon={<AccessTimeIcon fontSize="small" />}>
          {session.days.map((day) => (
            <div key={`${day.date}-${day.startTime}`}>{dayWithTimes(day, translate)}</div>
          ))}
        </Line>
        {session.trainerName && (
          <Line icon={<PersonIcon fontSize="small" />}>{translate('app.afgsu.sessions.trainer', { name: session.trainerName })}</Line>
        )}
        {session.place && <Line icon={<PlaceIcon fontSize="small" />}>{session.place}</Line>}
        <Line icon={<GroupsIcon fontSize="small" />}>
          {translate('app.afgsu.sessions.participants', { count: session.participantCount, capacity: session.capacity })}
        </Line>
      </Stack>
      <SessionWarnings warnings={session.warnings} />
    </Box>
  );
};
