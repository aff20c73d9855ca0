import { useEffect, useRef } from 'react';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../api/errors';

/** Shows a failed call's message (the API's French text, or one of our catalogue keys), scrolled into view. */
export const ErrorAlert = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [error]);
  if (!error) return null;
  const message = errorMessage(error);
  return (
    <Alert ref={ref} severity="error" sx={{ mb: 2 }}>
      {translate(message, { _: message })}
    </Alert>
  );
};
