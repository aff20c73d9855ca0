import { Box, Button, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useTranslate } from 'react-admin';
import { signatureApi, type PublicSignature } from '../../api/conventions';
import { ConventionStatusChip } from '../../components/internship/convention';
import { formatDateTime, shortDay } from '../../lib/dates';

/** What the link asks to sign: the convention in one line, its PDF, and where each party stands. */
export const SignatureSummary = ({ view, token }: { view: PublicSignature; token: string }) => {
  const translate = useTranslate();
  const s = view.summary;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {s.title}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {s.versionLabel} – {s.schoolName} <ConventionStatusChip status={view.status} />
      </Typography>
      <Typography sx={{ mb: 1 }}>
        {translate('app.conventions.sign.summary', {
          trainee: s.traineeName,
          site: s.hostSiteName,
          start: shortDay(s.startOn),
          end: shortDay(s.endOn),
          hours: s.plannedHours,
        })}
      </Typography>
      <Button
        variant="outlined"
        fullWidth
        startIcon={<PictureAsPdfIcon />}
        href={signatureApi.pdfUrl(token)}
        target="_blank"
        rel="noopener"
        sx={{ mb: 2 }}
      >
        {translate('app.conventions.sign.read_pdf')}
      </Button>
      <Typography variant="subtitle2">{translate('app.conventions.sign.parties')}</Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {view.parties.map((p) => (
          <Typography component="li" variant="body2" key={p.party}>
            {translate(`app.conventions.party.${p.party}`)} :{' '}
            {p.signerName && p.signedAt
              ? translate('app.conventions.sign.signed_on', { name: p.signerName, date: formatDateTime(p.signedAt) })
              : translate('app.conventions.sign.waiting')}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};
