import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../api/errors';

/** Shows a failed call's message (the API's French text, or one of our catalogue keys). */
export const ErrorAlert = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  if (!error) return null;
  const message = errorMessage(error);
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      {translate(message, { _: message })}
    </Alert>
  );
};
