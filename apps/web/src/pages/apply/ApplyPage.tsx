import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Typography } from '@mui/material';
import { Loading, useTranslate } from 'react-admin';
import { applicationsApi } from '../../api/applications';
import type { ApplicationReceipt } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PublicLayout } from '../../components/PublicLayout';
import { ApplyDone } from './ApplyDone';
import { ApplyForm } from './ApplyForm';

/** `/candidater/:schoolSlug`: a candidate applies to one of the school's open sessions, without an account. */
const ApplyPage = () => {
  const translate = useTranslate();
  const { schoolSlug = '' } = useParams();
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  const intakes = useQuery({
    queryKey: ['public', 'intakes', schoolSlug],
    queryFn: () => applicationsApi.intakes(schoolSlug),
    retry: false,
  });

  const content = () => {
    if (receipt) return <ApplyDone receipt={receipt} />;
    if (intakes.isPending) return <Loading />;
    if (intakes.error) return <ErrorAlert error={intakes.error} />;
    if (intakes.data.length === 0) return <Alert severity="info">{translate('app.apply.no_intake')}</Alert>;
    return (
      <>
        <Typography sx={{ mb: 2 }}>{translate('app.apply.intro')}</Typography>
        <ApplyForm
          schoolSlug={schoolSlug}
          intakes={intakes.data}
          onDone={(done) => {
            setReceipt(done);
            window.scrollTo({ top: 0 });
          }}
        />
      </>
    );
  };

  return (
    <PublicLayout title={receipt ? 'app.apply.done_title' : 'app.apply.title'} wide>
      {content()}
    </PublicLayout>
  );
};

export default ApplyPage;
