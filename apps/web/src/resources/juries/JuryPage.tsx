import { Link as RouterLink, useParams } from 'react-router';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, LinearProgress, Paper, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DocumentBatch } from '../../components/documents/DocumentBatch';
import { shortDay } from '../../lib/dates';
import { JURIES_PATH } from '../../lib/juries';
import { BulkConfirm } from './BulkConfirm';
import { CohortFilter } from './CohortFilter';
import { JuryHeader } from './JuryHeader';
import { TraineeLine } from './TraineeLine';
import { useJuryBoard } from './useJuryBoard';

/** A jury: its members, a cohort filter, then a line per trainee (readiness, and per block the proposal and the decision). */
const JuryPage = () => {
  const translate = useTranslate();
  const { id } = useParams();
  const { board, cohortId, setCohort, decide, certify } = useJuryBoard(id);
  const back = (
    <Button component={RouterLink} to={JURIES_PATH} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
      {translate('app.juries.jury.back')}
    </Button>
  );
  if (board.isPending)
    return (
      <>
        {back}
        <LinearProgress />
      </>
    );
  if (board.error && !board.data)
    return (
      <>
        {back}
        <ErrorAlert error={board.error} />
      </>
    );

  const jury = board.data;
  return (
    <Box>
      <Title title={translate('app.juries.jury.title', { date: shortDay(jury.date) })} />
      {back}
      <JuryHeader jury={jury} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <CohortFilter cohortId={cohortId} onChange={setCohort} />
        <BulkConfirm lines={jury.lines} decide={decide} />
      </Box>
      <DocumentBatch request={{ kind: 'jury_pv', jurySessionId: jury.id }} sx={{ maxWidth: 480, mb: 1 }} />
      {board.isFetching ? <LinearProgress sx={{ mb: 1 }} /> : <Box sx={{ height: 4, mb: 1 }} />}
      <ErrorAlert error={board.error} />
      <Paper variant="outlined" component="section" aria-labelledby="jury-lines" sx={{ px: 2, py: 1 }}>
        <Typography id="jury-lines" variant="h6" component="h2">
          {translate('app.juries.jury.lines')}
        </Typography>
        {jury.lines.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 2 }}>
            {translate('app.juries.jury.empty')}
          </Typography>
        ) : (
          <Box component="ul" aria-labelledby="jury-lines" sx={{ p: 0, m: 0 }}>
            {jury.lines.map((line) => (
              <TraineeLine key={line.traineeId} line={line} decide={decide} certify={certify} />
            ))}
          </Box>
        )}
      </Paper>
    </Box>
  );
};

export default JuryPage;
