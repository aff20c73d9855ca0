import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Box, Button, Chip, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { admissionsApi } from '../../api/admissions';
import { errorMessage } from '../../api/errors';
import type { ApplicationDetail, ApplicationDocument } from '../../api/types';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../lib/dates';
import { DOCUMENT_COLORS } from './ChecklistCard';
import { useApplicationUpdate } from './useApplicationUpdate';

interface Props {
  application: ApplicationDetail;
  document: ApplicationDocument;
}

/** A received document: « Voir » (new tab), « Accepter », « Refuser » with the reason sent to the candidate. */
export const DocumentRow = ({ application, document }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const update = useApplicationUpdate();
  const [rejecting, setRejecting] = useState(false);
  const [pending, setPending] = useState(false);

  const accept = async () => {
    setPending(true);
    try {
      await update(() => admissionsApi.acceptDocument(application.id, document.id), 'app.admissions.accepted');
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  const reject = (reason: string) =>
    update(() => admissionsApi.rejectDocument(application.id, document.id, reason), 'app.admissions.rejected').then(() =>
      setRejecting(false),
    );

  return (
    <Box component="li" sx={{ listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 2, p: 1.5, mb: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{document.label}</Typography>
        <Chip size="small" label={translate(`app.candidate.state.${document.status}`)} color={DOCUMENT_COLORS[document.status]} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {translate('app.admissions.document_meta', { name: document.fileName, date: formatDateTime(document.uploadedAt) })}
      </Typography>
      {document.status === 'rejected' && document.rejectionReason && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate('app.candidate.rejection', { reason: document.rejectionReason })}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
        <Button
          size="small"
          startIcon={<OpenInNewIcon />}
          href={admissionsApi.documentUrl(application.id, document.id)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {translate('app.admissions.view')}
        </Button>
        {document.status !== 'accepted' && (
          <Button size="small" color="success" startIcon={<CheckIcon />} onClick={accept} disabled={pending}>
            {translate('app.admissions.accept')}
          </Button>
        )}
        {document.status !== 'rejected' && (
          <Button size="small" color="error" startIcon={<CloseIcon />} onClick={() => setRejecting(true)} disabled={pending}>
            {translate('app.admissions.reject')}
          </Button>
        )}
      </Box>
      <ReasonDialog
        open={rejecting}
        title="app.admissions.reject_title"
        titleOptions={{ label: document.label }}
        content="app.admissions.reject_content"
        confirmLabel="app.admissions.reject"
        onConfirm={reject}
        onClose={() => setRejecting(false)}
      />
    </Box>
  );
};
