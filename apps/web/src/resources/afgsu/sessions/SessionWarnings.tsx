import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The API's warnings about a session (length other than 14 h or 7 h, group outside 10–12): lines in a list, or an alert. */
export const SessionWarnings = ({ warnings, compact }: { warnings: string[]; compact?: boolean }) => {
  const translate = useTranslate();
  if (warnings.length === 0) return null;
  if (compact) {
    return (
      <Box component="span" sx={{ display: 'grid', gap: 0.25 }}>
        {warnings.map((warning) => (
          <Typography
            key={warning}
            component="span"
            variant="body2"
            color="warning.dark"
            sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}
          >
            <WarningAmberIcon fontSize="inherit" sx={{ mt: '3px' }} />
            {warning}
          </Typography>
        ))}
      </Box>
    );
  }
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="p">
        {translate('app.afgsu.sessions.warnings')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </Box>
    </Alert>
  );
};
