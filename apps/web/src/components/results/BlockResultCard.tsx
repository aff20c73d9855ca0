import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Box, Chip, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BlockResult } from '../../api/juries';
import { shortDay } from '../../lib/dates';
import { AttemptItem, type ConvocationLoader } from './AttemptItem';
import { OutcomeChip } from './OutcomeChip';

/** A block: its decision (or one awaited), its attempts (with their convocation), and the retake sentence (attempts left and by when). */
export const BlockResultCard = ({ block, convocation }: { block: BlockResult; convocation: ConvocationLoader }) => {
  const translate = useTranslate();
  const titleId = `results-${block.blockId}`;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography id={titleId} variant="h6" component="h3" sx={{ lineHeight: 1.3, mb: 1 }}>
        {`${block.blockCode} — ${block.blockTitle}`}
      </Typography>
      {block.decision ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <OutcomeChip outcome={block.decision.outcome} size="medium" />
          <Typography variant="body2" color="text.secondary">
            {translate('app.juries.results.decided_on', { date: shortDay(block.decision.decidedOn) })}
          </Typography>
        </Box>
      ) : (
        block.attempts.length > 0 && <Chip variant="outlined" label={translate('app.juries.results.decision_pending')} sx={{ mb: 1 }} />
      )}
      <Typography variant="subtitle2" component="h4">
        {translate('app.juries.results.attempts')}
      </Typography>
      {block.attempts.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate('app.juries.results.no_attempt')}
        </Typography>
      ) : (
        <Box component="ol" sx={{ p: 0, m: 0 }}>
          {block.attempts.map((attempt) => (
            <AttemptItem key={attempt.number} attempt={attempt} convocation={convocation} />
          ))}
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 1, color: block.canRetake ? 'text.primary' : 'text.secondary' }}>
        <EventRepeatIcon fontSize="small" sx={{ mt: '2px' }} />
        <Typography variant="body2">{block.retake}</Typography>
      </Box>
    </Paper>
  );
};
