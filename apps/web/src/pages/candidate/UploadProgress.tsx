import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { UploadState } from './useDocumentUpload';

/** The progress bar of one file being sent, then the outcome (the API's message when refused). */
export const UploadProgress = ({ state, label }: { state: UploadState; label: string }) => {
  const translate = useTranslate();
  if (state.phase === 'idle') return null;
  if (state.phase === 'failed') return <ErrorAlert error={state.error} />;
  const percent = state.phase === 'done' ? 100 : Math.round(state.fraction * 100);
  const caption =
    state.phase === 'done'
      ? translate('app.candidate.sent')
      : percent < 100
        ? translate('app.candidate.sending', { percent })
        : translate('app.candidate.checking');
  return (
    <Box sx={{ my: 1 }}>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={state.phase === 'done' ? 'success' : 'primary'}
        aria-label={translate('app.candidate.progress', { label })}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <Typography variant="caption" color={state.phase === 'done' ? 'success.main' : 'text.secondary'} aria-live="polite">
        {caption}
      </Typography>
    </Box>
  );
};
