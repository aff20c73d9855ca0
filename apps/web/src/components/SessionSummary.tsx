import type { ReactNode } from 'react';
import AccessTimeIcon from '@mui/icons-material/AccessTime';
import PersonIcon from '@mui/icons-material/Person';
import PlaceIcon from '@mui/icons-material/Place';
import SchoolIcon from '@mui/icons-material/School';
import VideocamIcon from '@mui/icons-material/Videocam';
import { Box, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CourseSession } from '../api/types';
import { capitalize, formatDay } from '../lib/dates';
import { formatMinutes } from '../lib/duration';

const Line = ({ icon, children }: { icon: ReactNode; children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
    <Box sx={{ color: 'text.secondary', display: 'flex', pt: '2px' }}>{icon}</Box>
    <Typography component="div">{children}</Typography>
  </Box>
);

/** When, what, who and where of a course session. */
export const SessionSummary = ({ session, showCohort }: { session: CourseSession; showCohort?: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Line icon={<AccessTimeIcon fontSize="small" />}>
        {capitalize(formatDay(session.date, { dateStyle: 'full' }))}
        {` · ${translate('app.session.time', { start: session.startTime, end: session.endTime })} (${formatMinutes(session.minutes)})`}
      </Line>
      <Line icon={<SchoolIcon fontSize="small" />}>
        {`${session.blockCode} – ${session.blockTitle}`}
        {session.moduleTitle && (
          <Typography variant="body2" color="text.secondary">
            {session.moduleTitle}
          </Typography>
        )}
        {showCohort && (
          <Typography variant="body2" color="text.secondary">
            {session.cohortName}
          </Typography>
        )}
      </Line>
      <Line icon={<PersonIcon fontSize="small" />}>{session.trainerName ?? translate('app.session.no_trainer')}</Line>
      {session.room && <Line icon={<PlaceIcon fontSize="small" />}>{session.room}</Line>}
      {session.videoUrl && (
        <Line icon={<VideocamIcon fontSize="small" />}>
          <Link href={session.videoUrl} target="_blank" rel="noopener noreferrer">
            {translate('app.session.join_video')}
          </Link>
        </Line>
      )}
    </Stack>
  );
};
