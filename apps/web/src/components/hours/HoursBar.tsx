import { Box, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LedgerTotals } from '../../api/types';
import { formatMinutes, percentOf } from '../../lib/duration';

type Figures = Pick<LedgerTotals, 'requiredMinutes' | 'attendedMinutes' | 'excusedMinutes' | 'missedMinutes'>;

/** Colours shared by the bars, the legend and the cohort charts. */
export const HOURS_COLORS = {
  attended: '#2e7d32',
  excused: '#0288d1',
  missed: '#d32f2f',
  remaining: '#cfd8dc',
} as const;

/** Attended, excused and missed hours as one bar measured against the required hours. */
export const HoursBar = ({ figures, label }: { figures: Figures; label: string }) => {
  const translate = useTranslate();
  const whole = Math.max(figures.requiredMinutes, figures.attendedMinutes + figures.excusedMinutes + figures.missedMinutes);
  const parts = [
    ['attended', figures.attendedMinutes],
    ['excused', figures.excusedMinutes],
    ['missed', figures.missedMinutes],
  ] as const;
  return (
    <Box
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(percentOf(figures.attendedMinutes, figures.requiredMinutes))}
      sx={{ display: 'flex', height: 12, borderRadius: 6, overflow: 'hidden', bgcolor: HOURS_COLORS.remaining }}
    >
      {parts
        .filter(([, minutes]) => minutes > 0)
        .map(([kind, minutes]) => (
          <Tooltip key={kind} title={`${translate(`app.progress.${kind}`)} : ${formatMinutes(minutes)}`}>
            <Box sx={{ width: `${percentOf(minutes, whole)}%`, bgcolor: HOURS_COLORS[kind] }} />
          </Tooltip>
        ))}
    </Box>
  );
};
