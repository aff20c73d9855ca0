import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, LinearProgress } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { afgsuApi, afgsuKeys } from '../../../api/afgsu';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { type Period, PeriodToggle } from '../../../components/PeriodToggle';
import { Paging } from '../../../components/Paging';
import { NewSessionDialog } from './NewSessionDialog';
import { SessionList } from './SessionList';

const PAGE_SIZE = 25;

/** « Sessions »: the AFGSU sessions with a CESU (upcoming first), « Nouvelle session ». */
const SessionsTab = () => {
  const translate = useTranslate();
  const [when, setWhen] = useState<Period>('upcoming');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const sessions = useQuery({
    queryKey: [...afgsuKeys.sessions, when, page],
    queryFn: () => afgsuApi.sessions(when, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <PeriodToggle
          value={when}
          labels="app.afgsu.sessions.when"
          onChange={(value) => {
            setWhen(value);
            setPage(1);
          }}
        />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {translate('app.afgsu.sessions.new')}
        </Button>
      </Box>
      {sessions.isFetching && <LinearProgress sx={{ mb: 1 }} />}
      <ErrorAlert error={sessions.error} />
      {sessions.data && (
        <>
          <SessionList sessions={sessions.data.items} />
          {sessions.data.total > PAGE_SIZE && <Paging total={sessions.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />}
        </>
      )}
      <NewSessionDialog open={creating} onClose={() => setCreating(false)} />
    </Box>
  );
};

export default SessionsTab;
