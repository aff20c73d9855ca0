import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMyProgress } from '../../api/hooks';
import { CalendarLink } from '../../components/CalendarLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProgressView } from '../../components/hours/ProgressView';

/** « Mes heures »: attended / required per block, what remains, absence warnings; the calendar link. */
export const MyHours = () => {
  const translate = useTranslate();
  const progress = useMyProgress();
  return (
    <Box component="section" aria-labelledby="hours-title">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        <Typography id="hours-title" variant="h5" component="h2">
          {translate('app.me.hours')}
        </Typography>
        <CalendarLink url={progress.data?.icalUrl} />
      </Box>
      {progress.data && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {progress.data.cohortName}
        </Typography>
      )}
      {progress.isPending && <LinearProgress />}
      <ErrorAlert error={progress.error} />
      {progress.data && <ProgressView progress={progress.data} />}
    </Box>
  );
};
