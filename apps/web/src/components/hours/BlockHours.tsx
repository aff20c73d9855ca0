import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BlockProgress, LedgerTotals } from '../../api/types';
import { formatMinutes, formatRate } from '../../lib/duration';
import { HoursBar } from './HoursBar';

interface BlockHoursProps {
  title: string;
  figures: LedgerTotals & { overThreshold?: boolean };
  thresholdPercent: number;
}

/** One block (or the total): the bar, attended / required, what remains, and an absence warning. */
export const BlockHours = ({ title, figures, thresholdPercent }: BlockHoursProps) => {
  const translate = useTranslate();
  const over = figures.overThreshold ?? figures.absenceRate * 100 > thresholdPercent;
  return (
    <Box component="section" aria-label={title} sx={{ py: 1.5 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="subtitle2" component="h3">
          {title}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {translate('app.progress.attended_of', {
            attended: formatMinutes(figures.attendedMinutes),
            required: formatMinutes(figures.requiredMinutes),
          })}
        </Typography>
      </Box>
      <HoursBar figures={figures} label={title} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {[
          translate('app.progress.remaining_text', { remaining: formatMinutes(figures.remainingMinutes) }),
          figures.excusedMinutes > 0 && `${translate('app.progress.excused')} : ${formatMinutes(figures.excusedMinutes)}`,
          figures.missedMinutes > 0 && `${translate('app.progress.missed')} : ${formatMinutes(figures.missedMinutes)}`,
          translate('app.progress.scheduled_text', { scheduled: formatMinutes(figures.scheduledMinutes) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {over && (
        <Alert severity="warning" icon={<WarningAmberIcon />} sx={{ mt: 1, py: 0 }}>
          {translate('app.progress.over_threshold', { rate: formatRate(figures.absenceRate), threshold: thresholdPercent })}
        </Alert>
      )}
    </Box>
  );
};

export const blockTitle = (block: Pick<BlockProgress, 'code' | 'title'>) => `${block.code} – ${block.title}`;
