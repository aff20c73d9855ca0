import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import UpdateIcon from '@mui/icons-material/Update';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Trainee } from '../../../api/types';
import { AfgsuStatusPanel } from '../../../components/afgsu/AfgsuStatusPanel';
import { AttestationList } from '../../../components/afgsu/AttestationList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AttestationActions } from './AttestationActions';
import { AttestationDialog } from './AttestationDialog';
import { RefresherDialog } from './RefresherDialog';
import { useTraineeAfgsu } from './useTraineeAfgsu';

/** « AFGSU »: the status today and why, the attestations with their scans; adding one, a refresher, verifying a prior one. */
const AfgsuTab = () => {
  const translate = useTranslate();
  const trainee = useRecordContext<Trainee>();
  const afgsu = useTraineeAfgsu(trainee?.id);
  const [dialog, setDialog] = useState<'attestation' | 'refresher' | null>(null);
  if (!trainee || afgsu.isPending) return <LinearProgress />;
  if (afgsu.error) return <ErrorAlert error={afgsu.error} />;
  const close = () => setDialog(null);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <AfgsuStatusPanel status={afgsu.data.status} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h3" sx={{ flexGrow: 1 }}>
          {translate('app.afgsu.trainee.attestations')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog('attestation')}>
          {translate('app.afgsu.trainee.add')}
        </Button>
        <Button variant="outlined" startIcon={<UpdateIcon />} onClick={() => setDialog('refresher')}>
          {translate('app.afgsu.trainee.refresher')}
        </Button>
      </Box>
      <AttestationList
        attestations={afgsu.data.attestations}
        label="app.afgsu.trainee.attestations"
        actions={(attestation) => <AttestationActions traineeId={trainee.id} attestation={attestation} onChange={afgsu.changed} />}
      />
      <AttestationDialog traineeId={trainee.id} open={dialog === 'attestation'} onClose={close} onChange={afgsu.changed} />
      <RefresherDialog afgsu={afgsu.data} open={dialog === 'refresher'} onClose={close} onChange={afgsu.changed} />
    </Box>
  );
};

export default AfgsuTab;
