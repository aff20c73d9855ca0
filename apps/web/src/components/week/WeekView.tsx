import type { ReactNode } from 'react';
import { LinearProgress } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CourseSession } from '../../api/types';
import { ErrorAlert } from '../ErrorAlert';
import { WeekCalendar, type WeekCalendarProps } from './WeekCalendar';
import { WeekNav } from './WeekNav';
import type { Week } from './useWeek';

interface WeekViewProps extends Omit<WeekCalendarProps, 'days' | 'sessions'> {
  week: Week;
  /** The week's sessions as loaded (progress bar while fetching, the error if the call failed). */
  sessions: UseQueryResult<CourseSession[]>;
  /** Shown at the end of the week navigation (e.g. « Ajouter une séance »). */
  actions?: ReactNode;
}

/** A week of sessions: navigation, loading and error states, and the calendar (a list of days on a phone). */
export const WeekView = ({ week, sessions, actions, ...calendar }: WeekViewProps) => (
  <>
    <WeekNav week={week}>{actions}</WeekNav>
    {sessions.isFetching && <LinearProgress sx={{ mb: 1 }} />}
    <ErrorAlert error={sessions.error} />
    <WeekCalendar days={week.days} sessions={sessions.data ?? []} {...calendar} />
  </>
);
