import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Box, Typography } from '@mui/material';
import { Loading, useTranslate } from 'react-admin';
import { authApi } from '../api/auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { PasswordDone } from '../components/PasswordDone';
import { PasswordForm } from '../components/PasswordForm';
import { PublicLayout } from '../components/PublicLayout';

const InvitationPage = () => {
  const translate = useTranslate();
  const { token = '' } = useParams();
  const [done, setDone] = useState(false);
  const invitation = useQuery({ queryKey: ['invitation', token], queryFn: () => authApi.invitation(token), retry: false });

  const content = () => {
    if (done) return <PasswordDone message="app.invitation.done" />;
    if (invitation.isPending) return <Loading />;
    if (invitation.error) return <ErrorAlert error={invitation.error} />;
    const { email, fullName, schoolName } = invitation.data;
    return (
      <>
        <Typography sx={{ mb: 2 }}>{translate('app.invitation.intro', { fullName })}</Typography>
        <Box component="dl" sx={{ m: 0, mb: 2, '& dt': { fontWeight: 600 }, '& dd': { m: 0, mb: 1 } }}>
          <dt>{translate('app.invitation.email')}</dt>
          <dd>{email}</dd>
          {schoolName && (
            <>
              <dt>{translate('app.invitation.school')}</dt>
              <dd>{schoolName}</dd>
            </>
          )}
        </Box>
        <PasswordForm
          submitLabel="app.invitation.submit"
          save={(password) => authApi.acceptInvitation(token, password).then(() => setDone(true))}
        />
      </>
    );
  };

  return (
    <PublicLayout title="app.invitation.title" backToLogin={!done}>
      {content()}
    </PublicLayout>
  );
};

export default InvitationPage;
