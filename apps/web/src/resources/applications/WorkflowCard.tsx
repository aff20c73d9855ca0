import { useState } from 'react';
import EventIcon from '@mui/icons-material/Event';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslate } from 'react-admin';
import type { ApplicationDetail } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { traineePath } from '../../lib/paths';
import { EnrolDialog } from './EnrolDialog';
import { InterviewDialog } from './InterviewDialog';
import { OutcomeDialog } from './OutcomeDialog';
import { StatusButtons } from './StatusButtons';

type Dialog = 'interview' | 'outcome' | 'enrol' | null;

/** Where the file stands and the next steps: status changes, interview, report, enrolment. */
export const WorkflowCard = ({ application }: { application: ApplicationDetail }) => {
  const translate = useTranslate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const canSchedule = application.nextStatuses.includes('interview_scheduled');
  const canReport = application.status === 'interview_scheduled';
  const canEnrol = application.status === 'admitted';
  const nothing = !canSchedule && !canReport && !canEnrol && application.nextStatuses.length === 0;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.admissions.workflow')}
        </Typography>
        {application.interviewAt && (
          <Typography variant="body2">
            {translate('app.admissions.interview', { date: formatDateTime(application.interviewAt) })}
          </Typography>
        )}
        {application.interviewOutcome && (
          <Typography variant="body2">
            {translate('app.admissions.interview_outcome', {
              outcome: translate(`app.interviewOutcome.${application.interviewOutcome}`, { _: application.interviewOutcome }),
            })}
          </Typography>
        )}
        {application.interviewNotes && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
            {application.interviewNotes}
          </Typography>
        )}
        {nothing && !application.traineeId && <Typography color="text.secondary">{translate('app.admissions.no_next')}</Typography>}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 2 }}>
          {canEnrol && (
            <Button variant="contained" startIcon={<HowToRegIcon />} onClick={() => setDialog('enrol')}>
              {translate('app.admissions.enrol')}
            </Button>
          )}
          {canSchedule && (
            <Button variant="contained" startIcon={<EventIcon />} onClick={() => setDialog('interview')}>
              {translate('app.admissions.schedule')}
            </Button>
          )}
          {canReport && (
            <Button variant="contained" startIcon={<RateReviewIcon />} onClick={() => setDialog('outcome')}>
              {translate('app.admissions.outcome')}
            </Button>
          )}
          {application.traineeId && (
            <Button component={RouterLink} to={traineePath(application.traineeId)} variant="contained">
              {translate('app.admissions.open_trainee')}
            </Button>
          )}
          <StatusButtons application={application} />
        </Box>
      </CardContent>
      <InterviewDialog application={application} open={dialog === 'interview'} onClose={close} />
      <OutcomeDialog application={application} open={dialog === 'outcome'} onClose={close} />
      <EnrolDialog application={application} open={dialog === 'enrol'} onClose={close} />
    </Card>
  );
};
