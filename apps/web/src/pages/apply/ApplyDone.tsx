import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApplicationReceipt } from '../../api/types';

/** What the candidate sees once the application is recorded: the reference, and the e-mail to open. */
export const ApplyDone = ({ receipt }: { receipt: ApplicationReceipt }) => {
  const translate = useTranslate();
  return (
    <Box role="status">
      <Typography variant="body2" color="text.secondary">
        {translate('app.apply.reference')}
      </Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 700, letterSpacing: 1, mb: 2 }}>
        {receipt.reference}
      </Typography>
      <Alert severity="success" sx={{ mb: 2 }}>
        {receipt.message}
      </Alert>
      <Typography>{translate('app.apply.check_email')}</Typography>
    </Box>
  );
};
