import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, LinearProgress, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { afgsuApi, afgsuKeys } from '../../../api/afgsu';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Paging } from '../Paging';
import { NewSessionDialog } from './NewSessionDialog';
import { SessionList } from './SessionList';

const WHEN = ['upcoming', 'past', 'all'] as const;
type When = (typeof WHEN)[number];
const PAGE_SIZE = 25;

/** « Sessions »: the AFGSU sessions with a CESU (upcoming first), « Nouvelle session ». */
const SessionsTab = () => {
  const translate = useTranslate();
  const [when, setWhen] = useState<When>('upcoming');
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
        <ToggleButtonGroup
          exclusive
          size="small"
          value={when}
          onChange={(_, value: When | null) => {
            if (!value) return;
            setWhen(value);
            setPage(1);
          }}
          sx={{ flexGrow: 1 }}
        >
          {WHEN.map((value) => (
            <ToggleButton key={value} value={value}>
              {translate(`app.afgsu.sessions.when.${value}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
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
