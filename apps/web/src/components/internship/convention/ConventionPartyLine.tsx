import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Convention } from '../../../api/conventions';
import { formatDateTime } from '../../../lib/dates';

type Party = Convention['parties'][number];

/** One party: who signs for it, then « Signée par … le … » with IP and browser, or « en attente ». */
export const ConventionPartyLine = ({ party }: { party: Party }) => {
  const translate = useTranslate();
  const { signature } = party;
  return (
    <Box component="li" sx={{ mb: 1 }} data-testid={`party-${party.party}`}>
      <Typography variant="body2" component="div">
        <strong>{translate(`app.conventions.party.${party.party}`)}</strong> – {party.name}
        {' : '}
        {signature ? (
          translate('app.conventions.panel.signed_by', { name: signature.signerName, date: formatDateTime(signature.signedAt) })
        ) : (
          <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
            {translate('app.conventions.panel.waiting')}
          </Box>
        )}
      </Typography>
      {signature && (
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
          {translate('app.conventions.panel.signed_detail', { ip: signature.ip, userAgent: signature.userAgent })}
        </Typography>
      )}
    </Box>
  );
};
