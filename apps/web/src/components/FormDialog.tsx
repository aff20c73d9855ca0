import { useId, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, useMediaQuery, type Theme } from '@mui/material';
import { Form, useTranslate, type RaRecord } from 'react-admin';
import { fieldErrors } from '../api/errors';
import { ErrorAlert } from './ErrorAlert';

interface FormDialogProps<T> {
  open: boolean;
  title: string;
  titleOptions?: Record<string, unknown>;
  submitLabel: string;
  /** Labels of the inputs come from `resources.<resource>.fields.<source>`. */
  resource: string;
  defaultValues?: Partial<T>;
  /** Sends the form; a rejection shows the API's message and its per-field errors. */
  onSubmit: (values: Partial<T>) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}

/** A react-admin form in a dialog (full screen on a phone), with the API's refusals shown in it. */
export function FormDialog<T>({
  open,
  title,
  titleOptions,
  submitLabel,
  resource,
  defaultValues,
  onSubmit,
  onClose,
  children,
}: FormDialogProps<T>) {
  const translate = useTranslate();
  const formId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async (values: Record<string, unknown>) => {
    setPending(true);
    setError(null);
    try {
      await onSubmit(values as Partial<T>);
      setError(null);
      return undefined;
    } catch (failure) {
      setError(failure);
      return fieldErrors(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" fullScreen={fullScreen}>
      <DialogTitle>{translate(title, titleOptions)}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={error} />
        {open && (
          <Form
            id={formId}
            onSubmit={submit}
            resource={resource}
            record={(defaultValues ?? {}) as RaRecord}
            noValidate
            disableInvalidFormNotification
          >
            {children}
          </Form>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button type="submit" form={formId} variant="contained" disabled={pending}>
          {translate(submitLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
