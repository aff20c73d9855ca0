import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { timetableApi } from '../api/timetable';
import { WeekView } from '../components/week/WeekView';
import { useWeek } from '../components/week/useWeek';
import { attendancePath } from '../lib/paths';

/** « Mes séances »: the trainer's week; a session opens its attendance sheet. */
const MySessionsPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const week = useWeek();
  const query = { trainerId: identity ? String(identity.id) : undefined, from: week.monday, to: week.sunday };
  const sessions = useQuery({
    queryKey: ['sessions', query],
    queryFn: () => timetableApi.sessions(query),
    enabled: !!identity,
  });
  return (
    <Box sx={{ py: 2 }}>
      <Title title="app.menu.my_sessions" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.my_sessions.intro')}
      </Typography>
      <WeekView week={week} sessions={sessions} show="cohort" linkTo={(session) => attendancePath(session.id)} />
    </Box>
  );
};

export default MySessionsPage;
