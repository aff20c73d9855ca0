import { useEffect, useState } from 'react';
import { Button, Link, Typography } from '@mui/material';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Form, PasswordInput, TextInput, email, required, useCheckAuth, useLogin, useTranslate } from 'react-admin';
import { ErrorAlert } from '../components/ErrorAlert';
import { PublicLayout } from '../components/PublicLayout';

interface Credentials {
  email: string;
  password: string;
}

const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  // Someone already signed in goes straight to the app.
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  const submit = async (values: Partial<Credentials>) => {
    setPending(true);
    setError(null);
    try {
      await login({ email: values.email, password: values.password });
    } catch (failure) {
      setError(failure);
      setPending(false);
    }
  };

  return (
    <PublicLayout title="app.login.title">
      <Form onSubmit={submit} noValidate disableInvalidFormNotification>
        <ErrorAlert error={error} />
        <TextInput
          source="email"
          type="email"
          label="app.login.email"
          autoComplete="username"
          autoFocus
          validate={[required(), email()]}
          fullWidth
        />
        <PasswordInput source="password" label="app.login.password" autoComplete="current-password" validate={required()} fullWidth />
        <Button type="submit" variant="contained" fullWidth disabled={pending} sx={{ mt: 1 }}>
          {translate('app.login.submit')}
        </Button>
      </Form>
      <Typography sx={{ mt: 2, textAlign: 'center' }}>
        <Link component={RouterLink} to="/mot-de-passe-oublie">
          {translate('app.login.forgot')}
        </Link>
      </Typography>
    </PublicLayout>
  );
};

export default LoginPage;
