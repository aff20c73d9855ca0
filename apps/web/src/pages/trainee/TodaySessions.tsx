import { Box, LinearProgress, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { attendanceApi } from '../../api/attendance';
import { myProgressKey } from '../../api/hooks';
import type { MySession } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { capitalize, formatDay, parisDay } from '../../lib/dates';
import { useNow } from '../../lib/useNow';
import { TodaySessionCard } from './TodaySessionCard';

const QUERY_KEY = ['me', 'sessions'];

/** « Mes séances du jour »: today's sessions; the list refreshes itself so « Signer » appears when the window opens. */
export const TodaySessions = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const now = useNow();
  const sessions = useQuery({ queryKey: QUERY_KEY, queryFn: () => attendanceApi.mySessions(), refetchInterval: 60_000 });

  const sign = async (sessionId: string) => {
    const signed = await attendanceApi.sign(sessionId);
    queryClient.setQueryData<MySession[]>(QUERY_KEY, (list) => list?.map((item) => (item.session.id === sessionId ? signed : item)));
    void queryClient.invalidateQueries({ queryKey: myProgressKey });
    notify('app.me.signed_done', { type: 'success' });
  };

  return (
    <Box component="section" aria-labelledby="today-title">
      <Typography id="today-title" variant="h5" component="h1">
        {translate('app.menu.today')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {capitalize(formatDay(parisDay(), { dateStyle: 'full' }))}
      </Typography>
      {sessions.isPending && <LinearProgress />}
      <ErrorAlert error={sessions.error} />
      {sessions.data?.length === 0 && <Typography color="text.secondary">{translate('app.me.no_session')}</Typography>}
      <Box sx={{ display: 'grid', gap: 2 }}>
        {sessions.data?.map((item) => (
          <TodaySessionCard key={item.session.id} item={item} now={now} onSign={sign} />
        ))}
      </Box>
    </Box>
  );
};
