import { useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { tutorEvaluationsApi } from '../../api/tutorEvaluations';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A discreet offer under the form: activate a tutor account (an invitation e-mail to choose a password follows). */
export const TutorAccountOffer = ({ token, hasAccount }: { token: string; hasAccount: boolean }) => {
  const translate = useTranslate();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  if (done)
    return (
      <Alert severity="success" sx={{ mb: 2 }}>
        {translate('app.evaluations.account.done', { email: done })}
      </Alert>
    );
  if (hasAccount) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.evaluations.account.has')}
      </Typography>
    );
  }
  const activate = async () => {
    setPending(true);
    setError(null);
    try {
      setDone((await tutorEvaluationsApi.activateAccount(token)).email);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <Box sx={{ mb: 2 }}>
      <ErrorAlert error={error} />
      <Typography variant="body2" color="text.secondary">
        {translate('app.evaluations.account.offer')}
      </Typography>
      <Button size="small" onClick={activate} disabled={pending} sx={{ px: 0 }}>
        {translate('app.evaluations.account.create')}
      </Button>
    </Box>
  );
};
