import { useState } from 'react';
import { useParams } from 'react-router';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { authApi } from '../api/auth';
import { PasswordDone } from '../components/PasswordDone';
import { PasswordForm } from '../components/PasswordForm';
import { PublicLayout } from '../components/PublicLayout';

const ResetPasswordPage = () => {
  const translate = useTranslate();
  const { token = '' } = useParams();
  const [done, setDone] = useState(false);

  return (
    <PublicLayout title="app.reset.title" backToLogin={!done}>
      {done ? (
        <PasswordDone message="app.reset.done" />
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>{translate('app.reset.intro')}</Typography>
          <PasswordForm
            submitLabel="app.reset.submit"
            save={(password) => authApi.resetPassword(token, password).then(() => setDone(true))}
          />
        </>
      )}
    </PublicLayout>
  );
};

export default ResetPasswordPage;
