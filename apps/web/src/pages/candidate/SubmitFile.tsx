import { useState } from 'react';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { applicationsApi } from '../../api/applications';
import type { CandidateFile } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isFileOpen } from '../../lib/applications';

interface Props {
  token: string;
  file: CandidateFile;
  onFile: (file: CandidateFile) => void;
}

/** « Envoyer mon dossier » once every document asked is there, or where the file stands once sent. */
export const SubmitFile = ({ token, file, onFile }: Props) => {
  const translate = useTranslate();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const status = String(file.status);

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      onFile(await applicationsApi.submit(token));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  if (status === 'submitted') return <Alert severity="success">{translate('app.candidate.submitted')}</Alert>;
  if (!isFileOpen(status)) return <Alert severity="info">{translate('app.candidate.closed')}</Alert>;
  return (
    <>
      {status === 'incomplete' && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.candidate.incomplete')}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Button variant="contained" size="large" fullWidth startIcon={<SendIcon />} disabled={!file.canSubmit || pending} onClick={submit}>
        {translate('app.candidate.submit')}
      </Button>
      {!file.canSubmit && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.candidate.submit_hint')}
        </Typography>
      )}
    </>
  );
};
