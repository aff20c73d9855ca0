import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, AlertTitle, Typography } from '@mui/material';
import { Loading, useTranslate } from 'react-admin';
import { conventionKeys, signatureApi, type PublicSignature } from '../../api/conventions';
import { errorMessage } from '../../api/errors';
import { PublicLayout } from '../../components/PublicLayout';
import { formatDateTime } from '../../lib/dates';
import { SignatureForm } from './SignatureForm';
import { SignatureSummary } from './SignatureSummary';

/** `/signature/:token`: a party signs the convention through its personal link, on a phone as well as a computer. */
const SignaturePage = () => {
  const translate = useTranslate();
  const { token = '' } = useParams();
  const [signed, setSigned] = useState<PublicSignature | null>(null);
  const view = useQuery({ queryKey: conventionKeys.signature(token), queryFn: () => signatureApi.view(token), retry: false });

  const content = () => {
    if (signed) {
      return (
        <>
          <Alert severity="success" sx={{ mb: 2 }}>
            <AlertTitle>{translate('app.conventions.sign.done_title')}</AlertTitle>
            {translate(signed.status === 'signed' ? 'app.conventions.sign.done_all' : 'app.conventions.sign.done_partial')}
          </Alert>
          <SignatureSummary view={signed} token={token} />
        </>
      );
    }
    if (view.isPending) return <Loading />;
    if (view.error) {
      const message = errorMessage(view.error);
      return (
        <Alert severity="error">
          <AlertTitle>{translate('app.conventions.sign.link_problem')}</AlertTitle>
          {translate(message, { _: message })}
        </Alert>
      );
    }
    const data = view.data;
    return (
      <>
        <Typography sx={{ mb: 2 }}>
          {translate('app.conventions.sign.intro', { name: data.recipientName, party: data.partyLabel })}
        </Typography>
        <SignatureSummary view={data} token={token} />
        <SignatureForm token={token} defaultName={data.recipientName} onSigned={setSigned} />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('app.conventions.sign.expires', { date: formatDateTime(data.linkExpiresAt) })}
        </Typography>
      </>
    );
  };

  return (
    <PublicLayout title="app.conventions.sign.title" wide>
      {content()}
    </PublicLayout>
  );
};

export default SignaturePage;
