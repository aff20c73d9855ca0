import { Alert, AlertTitle } from '@mui/material';
import { HttpError, useTranslate } from 'react-admin';
import type { HttpErrorBody } from '../../../api/errors';
import { ErrorAlert } from '../../ErrorAlert';

const LINK_CODES = ['LINK_USED', 'LINK_EXPIRED', 'LINK_REPLACED', 'LINK_NOT_FOUND', 'LINK_WRONG_SCOPE'];

/** Why an evaluation link does not open (used, expired, replaced, incomplete), in words a tutor can act on. */
export const LinkError = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const code = error instanceof HttpError ? (error.body as HttpErrorBody | undefined)?.code : undefined;
  if (!code || !LINK_CODES.includes(code)) return <ErrorAlert error={error} />;
  return (
    <Alert severity={code === 'LINK_USED' ? 'info' : 'warning'}>
      <AlertTitle>{translate('app.evaluations.link_errors.title')}</AlertTitle>
      {translate(`app.evaluations.link_errors.${code}`)}
    </Alert>
  );
};
