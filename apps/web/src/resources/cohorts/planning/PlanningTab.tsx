import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { timetableApi } from '../../../api/timetable';
import type { Cohort, CourseSession } from '../../../api/types';
import { parisDay } from '../../../lib/dates';
import { WeekView } from '../../../components/week/WeekView';
import { useWeek } from '../../../components/week/useWeek';
import { SessionDetailsDialog } from './SessionDetailsDialog';
import { SessionDialog } from './SessionDialog';

/** « Planning » tab: the cohort's week, adding, changing and cancelling sessions. */
const PlanningTab = () => {
  const translate = useTranslate();
  const cohort = useRecordContext<Cohort>();
  const week = useWeek();
  const [opened, setOpened] = useState<CourseSession | null>(null);
  const [editing, setEditing] = useState<CourseSession | 'new' | null>(null);
  const query = { cohortId: cohort?.id, from: week.monday, to: week.sunday };
  const sessions = useQuery({
    queryKey: ['sessions', query],
    queryFn: () => timetableApi.sessions(query),
    enabled: !!cohort,
  });
  if (!cohort) return null;

  return (
    <Box>
      <WeekView
        week={week}
        sessions={sessions}
        show="trainer"
        onOpen={setOpened}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            {translate('app.session.add')}
          </Button>
        }
      />
      <SessionDetailsDialog
        session={opened}
        onClose={() => setOpened(null)}
        onEdit={(session) => {
          setOpened(null);
          setEditing(session);
        }}
      />
      <SessionDialog
        cohort={cohort}
        session={editing === 'new' ? null : editing}
        open={editing !== null}
        defaultDate={week.days.includes(parisDay()) ? parisDay() : week.monday}
        onClose={() => setEditing(null)}
      />
    </Box>
  );
};

export default PlanningTab;
