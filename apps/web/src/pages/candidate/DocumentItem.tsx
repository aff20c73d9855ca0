import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Chip, Typography, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CandidateFile, ChecklistItem, DocumentStatus } from '../../api/types';
import { acceptFor, acceptsWord } from '../../lib/applications';
import { UploadProgress } from './UploadProgress';
import { useDocumentUpload } from './useDocumentUpload';

const COLORS: Record<DocumentStatus | 'missing', ChipProps['color']> = {
  missing: 'default',
  received: 'info',
  accepted: 'success',
  rejected: 'error',
};

interface Props {
  token: string;
  item: ChecklistItem;
  /** Whether the file still takes documents. */
  editable: boolean;
  onFile: (file: CandidateFile) => void;
}

/** One document asked: why, where it stands (with the reason of a refusal), and sending or replacing its file. */
export const DocumentItem = ({ token, item, editable, onFile }: Props) => {
  const translate = useTranslate();
  const kind = String(item.kind);
  const { state, upload } = useDocumentUpload(token, kind, onFile);
  const status = item.status ?? 'missing';
  const sending = state.phase === 'sending';

  return (
    <Box
      component="li"
      aria-label={item.label}
      sx={{ listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 2, p: 1.5, mb: 1.5 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{item.label}</Typography>
        <Chip size="small" label={translate(`app.candidate.state.${status}`)} color={COLORS[status]} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {item.reason}
      </Typography>
      {item.fileName && (
        <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
          {translate('app.candidate.file', { name: item.fileName })}
        </Typography>
      )}
      {item.status === 'rejected' && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate('app.candidate.rejection', { reason: item.rejectionReason ?? '' })}
          {editable && ` ${translate('app.candidate.replace_rejected')}`}
        </Alert>
      )}
      <UploadProgress state={state} label={item.label} />
      {editable && item.status !== 'accepted' && (
        <Box sx={{ mt: 1 }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={sending} fullWidth>
            {translate(item.status ? 'app.candidate.replace' : 'app.candidate.upload')}
            <input
              hidden
              type="file"
              accept={acceptFor(kind)}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void upload(file);
              }}
            />
          </Button>
          <Typography variant="caption" color="text.secondary">
            {translate(acceptsWord(kind) ? 'app.candidate.formats_word' : 'app.candidate.formats')}
          </Typography>
        </Box>
      )}
    </Box>
  );
};
