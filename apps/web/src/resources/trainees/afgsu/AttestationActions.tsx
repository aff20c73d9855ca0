import { useState } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Box, Button, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { SCAN_ACCEPT, afgsuApi, type AfgsuAttestation, type TraineeAfgsu } from '../../../api/afgsu';
import { errorMessage } from '../../../api/errors';
import { useUpload } from '../../../components/useUpload';
import { UploadProgress } from '../../../pages/candidate/UploadProgress';

interface Props {
  traineeId: string;
  attestation: AfgsuAttestation;
  onChange: (afgsu: TraineeAfgsu) => void;
}

/** The scan of an attestation (open it, attach or replace it with a progress bar) and « Vérifier » for one not verified yet. */
export const AttestationActions = ({ traineeId, attestation, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [verifying, setVerifying] = useState(false);
  const { state, upload } = useUpload(
    (file, onProgress, signal) => afgsuApi.attach(traineeId, attestation.id, file, onProgress, signal),
    (afgsu) => {
      onChange(afgsu);
      notify('app.afgsu.trainee.attached', { type: 'success' });
    },
  );
  const hasScan = !!attestation.documentName;
  // The copy of a verified attestation is kept as it is.
  const canAttach = !(hasScan && attestation.verified);

  const verify = async () => {
    setVerifying(true);
    try {
      onChange(await afgsuApi.verify(traineeId, attestation.id));
      notify('app.afgsu.trainee.verified_done', { type: 'success' });
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Box sx={{ mt: { xs: 1, sm: 0 } }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {hasScan && (
          <Button
            size="small"
            startIcon={<OpenInNewIcon />}
            href={afgsuApi.documentUrl(traineeId, attestation.id)}
            target="_blank"
            rel="noopener noreferrer"
            title={attestation.documentName ?? undefined}
          >
            {translate('app.afgsu.trainee.view_scan')}
          </Button>
        )}
        {canAttach && (
          <Button size="small" component="label" startIcon={<AttachFileIcon />} disabled={state.phase === 'sending'}>
            {translate(hasScan ? 'app.afgsu.trainee.replace' : 'app.afgsu.trainee.attach')}
            <input
              hidden
              type="file"
              accept={SCAN_ACCEPT}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void upload(file);
              }}
            />
          </Button>
        )}
        {!attestation.verified && hasScan && (
          <Button size="small" variant="outlined" color="success" startIcon={<VerifiedIcon />} onClick={verify} disabled={verifying}>
            {translate('app.afgsu.trainee.verify')}
          </Button>
        )}
      </Box>
      {!attestation.verified && !hasScan && (
        <Typography variant="caption" color="text.secondary">
          {translate('app.afgsu.trainee.verify_needs_scan')}
        </Typography>
      )}
      <UploadProgress state={state} label={translate('app.afgsu.level', { level: attestation.level })} />
    </Box>
  );
};
