import { Link as RouterLink } from 'react-router';
import { Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ExamSession } from '../../../api/exams';
import { examSessionPath } from '../../../lib/exams';
import { sessionWhen } from './sessionText';

/** Exam sessions: date and time, name, place, convocations; each opens its page. */
export const SessionList = ({ sessions }: { sessions: ExamSession[] }) => {
  const translate = useTranslate();
  if (sessions.length === 0) {
    return (
      <Typography sx={{ py: 2 }} color="text.secondary">
        {translate('app.exams.sessions.empty')}
      </Typography>
    );
  }
  return (
    <List
      disablePadding
      aria-label={translate('app.exams.sessions.title')}
      sx={{ bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      {sessions.map((session) => (
        <ListItemButton key={session.id} component={RouterLink} to={examSessionPath(session.id)} divider sx={{ gap: 2, flexWrap: 'wrap' }}>
          <ListItemText
            primary={session.name}
            secondary={`${sessionWhen(session, translate)} · ${session.place}`}
            slotProps={{ primary: { sx: { fontWeight: 600 } } }}
          />
          <Chip size="small" variant="outlined" label={translate('app.exams.sessions.convened', { smart_count: session.convenedCount })} />
        </ListItemButton>
      ))}
    </List>
  );
};
