import { Box, Paper, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CourseSession } from '../../api/types';
import { capitalize, clockMinutes, formatDay, parisDay } from '../../lib/dates';
import { SessionCard } from './SessionCard';

export interface WeekCalendarProps {
  /** Monday to Sunday. */
  days: string[];
  sessions: CourseSession[];
  show: 'trainer' | 'cohort';
  linkTo?: (session: CourseSession) => string;
  onOpen?: (session: CourseSession) => void;
}

const PX_PER_MINUTE = 1.1;
const DEFAULT_RANGE = [8 * 60, 18 * 60] as const;
const MIN_CARD_HEIGHT = 72;

/** Visible hours: 08:00–18:00, widened to whole hours around the week's sessions. */
function hourRange(sessions: CourseSession[]): [number, number] {
  let [first, last] = DEFAULT_RANGE as readonly number[] as [number, number];
  for (const session of sessions) {
    first = Math.min(first, Math.floor(clockMinutes(session.startTime) / 60) * 60);
    last = Math.max(last, Math.ceil(clockMinutes(session.endTime) / 60) * 60);
  }
  return [first, Math.min(last, 24 * 60)];
}

const byStart = (a: CourseSession, b: CourseSession) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

/** Monday–Saturday columns (Sunday too when a session falls on it) with time-positioned cards; on a phone, a list of days. */
export const WeekCalendar = ({ days: week, sessions, show, linkTo, onOpen }: WeekCalendarProps) => {
  const translate = useTranslate();
  const days = week.filter((day, index) => index < 6 || sessions.some((session) => session.date === day));
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const today = parisDay();
  const sorted = [...sessions].sort(byStart);
  const card = (session: CourseSession, fill?: boolean) => (
    <SessionCard key={session.id} session={session} show={show} to={linkTo?.(session)} onOpen={onOpen} fill={fill} />
  );
  const dayLabel = (day: string) => capitalize(formatDay(day, { weekday: 'long', day: 'numeric', month: 'short' }));
  const sessionsOf = (day: string) => sorted.filter((session) => session.date === day);

  if (isSmall) {
    const withSessions = days.map((day) => [day, sessionsOf(day)] as const).filter(([, list]) => list.length > 0);
    if (withSessions.length === 0) return <Typography color="text.secondary">{translate('app.week.empty')}</Typography>;
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        {withSessions.map(([day, list]) => (
          <Box key={day} component="section">
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1, color: day === today ? 'primary.main' : undefined }}>
              {dayLabel(day)}
            </Typography>
            <Box sx={{ display: 'grid', gap: 1 }}>{list.map((session) => card(session))}</Box>
          </Box>
        ))}
      </Box>
    );
  }

  const [first, last] = hourRange(sessions);
  const height = (last - first) * PX_PER_MINUTE;
  const hours = Array.from({ length: (last - first) / 60 + 1 }, (_, index) => first + index * 60);
  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: `48px repeat(${days.length}, minmax(120px, 1fr))`, minWidth: 760 }}>
        <Box />
        {days.map((day) => (
          <Typography
            key={day}
            component="h3"
            variant="subtitle2"
            sx={{
              textAlign: 'center',
              py: 1,
              borderLeft: 1,
              borderColor: 'divider',
              bgcolor: day === today ? 'action.selected' : undefined,
            }}
          >
            {dayLabel(day)}
          </Typography>
        ))}
        <Box sx={{ position: 'relative', height }}>
          {hours.map((minutes) => (
            <Typography
              key={minutes}
              variant="caption"
              color="text.secondary"
              sx={{ position: 'absolute', top: (minutes - first) * PX_PER_MINUTE - 8, right: 6 }}
            >
              {`${String(minutes / 60).padStart(2, '0')}:00`}
            </Typography>
          ))}
        </Box>
        {days.map((day) => (
          <Box
            key={day}
            sx={{
              position: 'relative',
              height,
              borderLeft: 1,
              borderColor: 'divider',
              bgcolor: day === today ? 'action.hover' : undefined,
              backgroundImage: (theme) =>
                `repeating-linear-gradient(to bottom, ${theme.palette.divider} 0 1px, transparent 1px ${60 * PX_PER_MINUTE}px)`,
            }}
          >
            {sessionsOf(day).map((session) => {
              const start = clockMinutes(session.startTime);
              const end = clockMinutes(session.endTime);
              return (
                <Box
                  key={session.id}
                  sx={{
                    position: 'absolute',
                    left: 4,
                    right: 4,
                    top: (start - first) * PX_PER_MINUTE,
                    height: Math.max(MIN_CARD_HEIGHT, (end - start) * PX_PER_MINUTE - 2),
                  }}
                >
                  {card(session, true)}
                </Box>
              );
            })}
          </Box>
        ))}
      </Box>
    </Paper>
  );
};
