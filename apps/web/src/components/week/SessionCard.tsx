import { Fragment, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Box, CardActionArea, Chip, Link, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CourseSession } from '../../api/types';

interface SessionCardProps {
  session: CourseSession;
  /** Who to show under the title: the trainer (cohort planning) or the cohort (a trainer's week). */
  show: 'trainer' | 'cohort';
  /** Either a page to open or an action; with neither, the card only shows the session and its video link can be followed. */
  to?: string;
  onOpen?: (session: CourseSession) => void;
  /** Set by the week grid: the card fills its positioned box. */
  fill?: boolean;
}

/** Room, « Visio » (a link to the video call when the card itself is not a link), trainer or cohort, separated by « · ». */
function details(session: CourseSession, who: string, linkVideo: boolean, translate: (key: string) => string): ReactNode[] {
  const visio = linkVideo ? (
    <Link href={session.videoUrl!} target="_blank" rel="noopener noreferrer" aria-label={translate('app.session.join_video')}>
      {translate('app.session.visio')}
    </Link>
  ) : (
    translate('app.session.visio')
  );
  const parts = [session.room, session.videoUrl ? visio : null, who].filter(Boolean);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && ' · '}
      {part}
    </Fragment>
  ));
}

/** A course session in a week view: time, block, module, place, trainer or cohort. */
export const SessionCard = ({ session, show, to, onOpen, fill }: SessionCardProps) => {
  const translate = useTranslate();
  const who = show === 'trainer' ? (session.trainerName ?? translate('app.session.no_trainer')) : session.cohortName;
  const actionable = !!to || !!onOpen;
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
        {details(session, who, !actionable, translate)}
      </Typography>
    </Box>
  );
  const action = to ? { component: RouterLink, to } : { onClick: () => onOpen?.(session) };
  return (
    <Paper
      component="article"
      aria-label={session.moduleTitle ?? session.blockTitle}
      variant="outlined"
      sx={{
        height: fill ? '100%' : undefined,
        borderLeft: 4,
        borderLeftColor: 'primary.main',
        bgcolor: 'background.paper',
        overflow: 'hidden',
      }}
    >
      {actionable ? (
        <CardActionArea {...action} sx={{ height: '100%', alignItems: 'flex-start', display: 'block' }}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Paper>
  );
};
