import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { examKeys, examSessionsApi, type ExamWhen } from '../../../api/exams';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PeriodToggle } from '../../../components/PeriodToggle';
import { isStaffRole } from '../../../lib/roles';
import { Paging } from '../../../components/Paging';
import { NewSessionDialog } from './NewSessionDialog';
import { SessionList } from './SessionList';

const PAGE_SIZE = 25;

/** The exam sessions (upcoming first, or past), « Nouvelle session » for the staff. */
const SessionsTab = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions();
  const [when, setWhen] = useState<ExamWhen>('upcoming');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const sessions = useQuery({
    queryKey: [...examKeys.sessions, when, page],
    queryFn: () => examSessionsApi.list(when, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Title title="app.exams.sessions.title" />
      <Typography variant="h5" component="h1">
        {translate('app.exams.sessions.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
        {translate(isStaffRole(role) ? 'app.exams.sessions.intro' : 'app.exams.sessions.intro_trainer')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <PeriodToggle
          value={when}
          labels="app.exams.sessions.when"
          onChange={(value) => {
            setWhen(value);
            setPage(1);
          }}
        />
        {isStaffRole(role) && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {translate('app.exams.sessions.new')}
          </Button>
        )}
      </Box>
      {sessions.isFetching && <LinearProgress sx={{ mb: 1 }} />}
      <ErrorAlert error={sessions.error} />
      {sessions.data && (
        <>
          <SessionList sessions={sessions.data.items} />
          {sessions.data.total > PAGE_SIZE && <Paging total={sessions.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />}
        </>
      )}
      {creating && <NewSessionDialog onClose={() => setCreating(false)} />}
    </Box>
  );
};

export default SessionsTab;
