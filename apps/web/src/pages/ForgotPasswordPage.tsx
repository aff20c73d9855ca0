import { useState } from 'react';
import { Alert, Button, Typography } from '@mui/material';
import { Form, TextInput, email, required, useTranslate } from 'react-admin';
import { authApi } from '../api/auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { PublicLayout } from '../components/PublicLayout';

const ForgotPasswordPage = () => {
  const translate = useTranslate();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: { email?: string }) => {
    setError(null);
    try {
      await authApi.requestPasswordReset(values.email ?? '');
      setSent(true);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <PublicLayout title="app.forgot.title" backToLogin>
      {sent ? (
        <Alert severity="success">{translate('app.forgot.sent')}</Alert>
      ) : (
        <Form onSubmit={submit} noValidate disableInvalidFormNotification>
          <Typography sx={{ mb: 2 }}>{translate('app.forgot.intro')}</Typography>
          <ErrorAlert error={error} />
          <TextInput source="email" type="email" label="app.login.email" autoComplete="email" validate={[required(), email()]} fullWidth />
          <Button type="submit" variant="contained" fullWidth>
            {translate('app.forgot.submit')}
          </Button>
        </Form>
      )}
    </PublicLayout>
  );
};

export default ForgotPasswordPage;
