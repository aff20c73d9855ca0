import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { useMyProgress } from '../../api/hooks';
import { timetableApi } from '../../api/timetable';
import { CalendarLink } from '../../components/CalendarLink';
import { WeekView } from '../../components/week/WeekView';
import { useWeek } from '../../components/week/useWeek';

/** « Mon planning »: the trainee's week (a list of days on a phone) and the link to subscribe to it. */
const MyWeekPage = () => {
  const translate = useTranslate();
  const week = useWeek();
  const progress = useMyProgress();
  const sessions = useQuery({
    queryKey: ['me', 'timetable', week.monday],
    queryFn: () => timetableApi.mine(week.monday, week.sunday),
  });
  return (
    <Box sx={{ py: 2 }}>
      <Title title="app.menu.my_week" />
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {translate('app.menu.my_week')}
        </Typography>
        <CalendarLink url={progress.data?.icalUrl} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.my_week.intro')}
      </Typography>
      <WeekView week={week} sessions={sessions} show="trainer" />
    </Box>
  );
};

export default MyWeekPage;
