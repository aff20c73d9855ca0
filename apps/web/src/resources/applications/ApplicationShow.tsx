import { Alert, AlertTitle, Box, Grid, LinearProgress } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationDetail } from '../../api/types';
import { ApplicationHeader } from './ApplicationHeader';
import { ChecklistCard } from './ChecklistCard';
import { DocumentsCard } from './DocumentsCard';
import { EligibilityPanel } from './EligibilityPanel';
import { SituationCard } from './SituationCard';
import { WorkflowCard } from './WorkflowCard';

const ApplicationView = () => {
  const translate = useTranslate();
  const application = useRecordContext<ApplicationDetail>();
  // react-admin first shows the row of the list (a summary) while the file itself loads.
  if (!application?.nextStatuses) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <ApplicationHeader application={application} />
      <EligibilityPanel application={application} />
      {application.deadlines && (
        <Alert severity="info">
          <AlertTitle>{translate('app.admissions.deadlines')}</AlertTitle>
          {application.deadlines}
        </Alert>
      )}
      <WorkflowCard application={application} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SituationCard application={application} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <ChecklistCard application={application} />
        </Grid>
      </Grid>
      <DocumentsCard application={application} />
    </Box>
  );
};

/** A candidate's application: who, eligibility, deadlines, next steps, the documents to review. */
const ApplicationShow = () => (
  <Show actions={false}>
    <ApplicationView />
  </Show>
);

export default ApplicationShow;
