import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Alert, Box, Button, LinearProgress, Paper, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { afgsuApi, afgsuKeys, type AfgsuIssued, type AfgsuSessionDetail } from '../../../api/afgsu';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AFGSU_SESSIONS_PATH } from '../../../lib/afgsu';
import { parisDay, shortDay } from '../../../lib/dates';
import { AddParticipant } from './AddParticipant';
import { IssueDialog } from './IssueDialog';
import { ParticipantRow } from './ParticipantRow';
import { SessionHeader } from './SessionHeader';

/** One AFGSU session: its plan and warnings, enrolling and removing trainees, attendance, then the CESU's attestations. */
const SessionPage = () => {
  const translate = useTranslate();
  const { id } = useParams();
  const queryClient = useQueryClient();
  const [issuing, setIssuing] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const session = useQuery({ queryKey: afgsuKeys.session(id), queryFn: () => afgsuApi.session(id!), enabled: !!id });

  /** Every change answers with the session; statuses and counts elsewhere follow. */
  const changed = (next: AfgsuSessionDetail) => {
    queryClient.setQueryData(afgsuKeys.session(next.id), next);
    void queryClient.invalidateQueries({ queryKey: afgsuKeys.sessions });
    void queryClient.invalidateQueries({ queryKey: afgsuKeys.overview });
    void queryClient.invalidateQueries({ queryKey: afgsuKeys.trainees });
  };
  const issued = (result: AfgsuIssued) => {
    setRefused(result.refused);
    changed(result.session);
  };

  const back = (
    <Button component={RouterLink} to={AFGSU_SESSIONS_PATH} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
      {translate('app.afgsu.session.back')}
    </Button>
  );
  if (session.isPending) return <LinearProgress />;
  if (session.error)
    return (
      <>
        {back}
        <ErrorAlert error={session.error} />
      </>
    );

  const data = session.data;
  const today = parisDay();
  const started = today >= data.startsOn;
  const ended = today >= data.endsOn;
  const toIssue = data.participants.some((participant) => participant.attendance === 'present' && !participant.attested);
  return (
    <Box>
      {back}
      <SessionHeader session={data} />
      <Paper variant="outlined" component="section" aria-labelledby="afgsu-participants" sx={{ p: 2 }}>
        <Typography id="afgsu-participants" variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('app.afgsu.session.participants')}
        </Typography>
        <AddParticipant session={data} onChange={changed} />
        {!started && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.afgsu.session.attendance_later', { date: shortDay(data.startsOn) })}
          </Typography>
        )}
        {data.participants.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 1 }}>
            {translate('app.afgsu.session.empty')}
          </Typography>
        ) : (
          <Box component="ul" aria-labelledby="afgsu-participants" sx={{ p: 0, m: 0 }}>
            {data.participants.map((participant) => (
              <ParticipantRow key={participant.traineeId} session={data} participant={participant} started={started} onChange={changed} />
            ))}
          </Box>
        )}
        <Box sx={{ mt: 2, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<AssignmentTurnedInIcon />} onClick={() => setIssuing(true)} disabled={!ended || !toIssue}>
            {translate('app.afgsu.session.issue')}
          </Button>
          {(!ended || !toIssue) && (
            <Typography variant="body2" color="text.secondary">
              {ended
                ? translate('app.afgsu.session.issue_none')
                : translate('app.afgsu.session.issue_later', { date: shortDay(data.endsOn) })}
            </Typography>
          )}
        </Box>
        {refused.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            <Typography variant="subtitle2" component="p">
              {translate('app.afgsu.session.refused')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {refused.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </Box>
          </Alert>
        )}
      </Paper>
      <IssueDialog session={data} open={issuing} onClose={() => setIssuing(false)} onIssued={issued} />
    </Box>
  );
};

export default SessionPage;
