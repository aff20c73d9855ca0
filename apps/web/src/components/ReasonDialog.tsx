import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ErrorAlert } from './ErrorAlert';

export const MIN_REASON_LENGTH = 3;

interface ReasonDialogProps {
  open: boolean;
  title: string;
  titleOptions?: Record<string, unknown>;
  content?: string;
  confirmLabel: string;
  /** Label of the mandatory text; « Motif » by default. */
  reasonLabel?: string;
  /** More fields above the reason (e.g. a value to change). */
  children?: ReactNode;
  /** Extra check before sending; the dialog stays open while it is false. */
  canConfirm?: boolean;
  /** A larger dialog (full screen on a phone) for editing more than a value; the reason is then not focused first. */
  wide?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** A decision kept in the audit trail: asks for a mandatory reason, shows the API's refusal. */
export const ReasonDialog = ({
  open,
  title,
  titleOptions,
  content,
  confirmLabel,
  reasonLabel = 'app.reason.label',
  children,
  canConfirm = true,
  wide = false,
  onConfirm,
  onClose,
}: ReasonDialogProps) => {
  const translate = useTranslate();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const valid = reason.trim().length >= MIN_REASON_LENGTH && canConfirm;

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      setReason('');
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth={wide ? 'md' : 'sm'} fullScreen={wide && fullScreen}>
      <DialogTitle>{translate(title, titleOptions)}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={error} />
        {content && <Typography sx={{ mb: 2 }}>{translate(content)}</Typography>}
        {children}
        <TextField
          label={translate(reasonLabel)}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          helperText={translate('app.reason.helper')}
          required
          multiline
          minRows={2}
          fullWidth
          autoFocus={!wide}
          margin="dense"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button onClick={confirm} variant="contained" disabled={!valid || pending}>
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
