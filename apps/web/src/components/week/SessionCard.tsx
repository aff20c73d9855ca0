import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Box, CardActionArea, Chip, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CourseSession } from '../../api/types';

interface SessionCardProps {
  session: CourseSession;
  /** Who to show under the title: the trainer (cohort planning) or the cohort (a trainer's week). */
  show: 'trainer' | 'cohort';
  /** Either a page to open or an action. */
  to?: string;
  onOpen?: (session: CourseSession) => void;
  /** Set by the week grid: the card fills its positioned box. */
  fill?: boolean;
}

/** Where a session takes place: the room, and « Visio » when it has a link. */
export function sessionPlace(session: CourseSession, translate: (key: string) => string): string {
  const parts = [session.room, session.videoUrl ? translate('app.session.visio') : null].filter(Boolean);
  return parts.join(' · ');
}

/** A course session in a week view: time, block, module, place, trainer or cohort. */
export const SessionCard = ({ session, show, to, onOpen, fill }: SessionCardProps) => {
  const translate = useTranslate();
  const who = show === 'trainer' ? (session.trainerName ?? translate('app.session.no_trainer')) : session.cohortName;
  const content: ReactNode = (
    <Box sx={{ p: 1, height: '100%', overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
        <Typography variant="caption" sx={{ fontWeight: 700 }}>
          {translate('app.session.time', { start: session.startTime, end: session.endTime })}
        </Typography>
        <Chip label={session.blockCode} size="small" color="primary" variant="outlined" sx={{ height: 20 }} />
        {session.countersignedAt && <TaskAltIcon fontSize="inherit" color="success" aria-label={translate('app.session.countersigned')} />}
      </Box>
      <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.25 }}>
        {session.moduleTitle ?? session.blockTitle}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {[sessionPlace(session, translate), who].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
  const action = to
    ? { component: RouterLink, to }
    : { onClick: () => onOpen?.(session) };
  return (
    <Paper
      variant="outlined"
      sx={{
        height: fill ? '100%' : undefined,
        borderLeft: 4,
        borderLeftColor: 'primary.main',
        bgcolor: 'background.paper',
        overflow: 'hidden',
      }}
    >
      <CardActionArea {...action} sx={{ height: '100%', alignItems: 'flex-start', display: 'block' }}>
        {content}
      </CardActionArea>
    </Paper>
  );
};
