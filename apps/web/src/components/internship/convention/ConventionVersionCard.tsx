import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import EditNoteIcon from '@mui/icons-material/EditNote';
import RefreshIcon from '@mui/icons-material/Refresh';
import SendIcon from '@mui/icons-material/Send';
import { useTranslate } from 'react-admin';
import type { Convention } from '../../../api/conventions';
import { formatDateTime, shortDay } from '../../../lib/dates';
import { ConventionPartyLine } from './ConventionPartyLine';
import { ConventionStatusChip } from './ConventionStatusChip';
import type { ConventionActions } from './useConventions';

interface Props {
  convention: Convention;
  /** The newest version: the only one that may be changed, sent or amended. */
  latest: boolean;
  actions: ConventionActions;
}

/** One version of the convention: its status, the three parties, signatures no longer counting, links sent, actions. */
export const ConventionVersionCard = ({ convention: c, latest, actions }: Props) => {
  const translate = useTranslate();
  const signed = c.status === 'signed';
  const stale = c.signatures.filter((s) => !s.counts);
  return (
    <Card variant="outlined" data-testid={`convention-v${c.version}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {c.summary.versionLabel}
          </Typography>
          <ConventionStatusChip status={c.status} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.conventions.panel.period', {
            start: shortDay(c.summary.startOn),
            end: shortDay(c.summary.endOn),
            hours: c.summary.plannedHours,
            site: c.summary.hostSiteName,
            tutor: c.summary.tutorName,
          })}
        </Typography>
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {c.parties.map((party) => (
            <ConventionPartyLine key={party.party} party={party} />
          ))}
        </Box>
        {stale.map((s) => (
          <Typography key={`${s.party}-${s.signedAt}`} variant="caption" color="text.secondary" component="p">
            {translate('app.conventions.panel.stale', { name: s.signerName, date: formatDateTime(s.signedAt) })}
          </Typography>
        ))}
        {c.links.length > 0 && (
          <Box component="details" sx={{ mt: 1 }}>
            <Typography component="summary" variant="body2" sx={{ cursor: 'pointer' }}>
              {translate('app.conventions.panel.links')} ({c.links.length})
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {c.links.map((l) => (
                <Typography component="li" variant="caption" key={`${l.party}-${l.sentAt}`}>
                  {translate('app.conventions.panel.link_line', {
                    party: translate(`app.conventions.party.${l.party}`),
                    name: l.recipientName,
                    email: l.recipientEmail,
                    sent: formatDateTime(l.sentAt),
                    state: translate(`app.conventions.link.${l.state}`),
                  })}
                </Typography>
              ))}
            </Box>
          </Box>
        )}
        {latest && c.status === 'partly_signed' && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate('app.conventions.panel.refresh_warning')}
          </Alert>
        )}
        <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
          {latest && !signed && (
            <Button size="small" startIcon={<RefreshIcon />} onClick={actions.refresh(c.id)} disabled={actions.busy}>
              {translate('app.conventions.panel.refresh')}
            </Button>
          )}
          {latest && !signed && (
            <Button size="small" variant="contained" startIcon={<SendIcon />} onClick={actions.send(c.id)} disabled={actions.busy}>
              {translate(c.sentAt ? 'app.conventions.panel.resend' : 'app.conventions.panel.send')}
            </Button>
          )}
          {latest && signed && (
            <Button size="small" startIcon={<EditNoteIcon />} onClick={actions.amend(c.id)} disabled={actions.busy}>
              {translate('app.conventions.panel.amend')}
            </Button>
          )}
          {c.hasPdf && (
            <Button size="small" startIcon={<DownloadIcon />} onClick={actions.pdf(c.id)} disabled={actions.busy}>
              {translate('app.conventions.panel.pdf')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
