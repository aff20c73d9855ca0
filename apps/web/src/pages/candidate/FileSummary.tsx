import { Alert, AlertTitle, Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CandidateFile } from '../../api/types';

/** Who, which session, the file's status, eligibility in words and the legal deadlines when hired as an assistant. */
export const FileSummary = ({ file }: { file: CandidateFile }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography>
        {translate('app.candidate.who', { firstName: file.firstName, lastName: file.lastName, reference: file.reference })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.candidate.intake', { intake: file.intakeName, school: file.schoolName })}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, my: 2 }}>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {translate('app.candidate.status')}
        </Typography>
        <Chip label={file.statusLabel} color="primary" />
      </Box>
      <Alert severity={file.eligible ? 'success' : 'warning'} sx={{ mb: 2 }}>
        <AlertTitle>{translate('app.candidate.eligibility')}</AlertTitle>
        {file.eligibility}
      </Alert>
      {file.deadlines && (
        <Alert severity="info" sx={{ mb: 2 }}>
          <AlertTitle>{translate('app.candidate.deadlines')}</AlertTitle>
          {file.deadlines}
        </Alert>
      )}
    </>
  );
};
