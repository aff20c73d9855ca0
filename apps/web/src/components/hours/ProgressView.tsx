import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Progress } from '../../api/types';
import { HOURS_COLORS } from './HoursBar';
import { BlockHours, blockTitle } from './BlockHours';

const LEGEND = ['attended', 'excused', 'missed', 'remaining'] as const;

/** Colour key of the hours bars. */
export const HoursLegend = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
      {LEGEND.map((kind) => (
        <Box key={kind} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: HOURS_COLORS[kind] }} />
          <Typography variant="caption">{translate(`app.progress.${kind}`)}</Typography>
        </Box>
      ))}
    </Box>
  );
};

/** A trainee's hours: one bar per block, then the total. */
export const ProgressView = ({ progress }: { progress: Progress }) => {
  const translate = useTranslate();
  return (
    <Box>
      <HoursLegend />
      {progress.blocks.map((block) => (
        <BlockHours key={block.blockId} title={blockTitle(block)} figures={block} thresholdPercent={progress.absenceThresholdPercent} />
      ))}
      <Divider sx={{ my: 1 }} />
      <BlockHours title={translate('app.progress.total')} figures={progress.totals} thresholdPercent={progress.absenceThresholdPercent} />
    </Box>
  );
};
