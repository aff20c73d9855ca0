import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Decision, JuryBlock, JuryLine } from '../../api/juries';
import { OutcomeChip, OverrideMarker } from '../../components/results/OutcomeChip';
import { shortDay } from '../../lib/dates';
import { isOverride, proposalText } from '../../lib/juries';

interface Props {
  open: boolean;
  line: JuryLine;
  block: JuryBlock;
  onClose: () => void;
}

/** One decision: outcome, jury date and attempt, the proposal, the comment and the reason of a correction. */
const DecisionItem = ({ decision, inForce, corrected }: { decision: Decision; inForce: boolean; corrected: boolean }) => {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ listStyle: 'none', py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <OutcomeChip outcome={decision.outcome} />
        {isOverride(decision) && <OverrideMarker />}
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate('app.juries.history.line', { date: shortDay(decision.decidedOn), attempt: decision.attemptNumber })}
        </Typography>
        {inForce && <Chip size="small" color="primary" variant="outlined" label={translate('app.juries.history.in_force')} />}
        {corrected && <Chip size="small" variant="outlined" label={translate('app.juries.history.corrected')} />}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {proposalText(translate, decision.proposal)}
      </Typography>
      {decision.comment && <Typography variant="body2">{translate('app.juries.history.comment', { text: decision.comment })}</Typography>}
      {decision.correctionReason && (
        <Typography variant="body2">{translate('app.juries.history.correction', { text: decision.correctionReason })}</Typography>
      )}
    </Box>
  );
};

/** « Historique »: every decision on the block, oldest first, corrections included (never edited). */
export const HistoryDialog = ({ open, line, block, onClose }: Props) => {
  const translate = useTranslate();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const superseded = new Set(block.history.map((decision) => decision.supersedesId));
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" fullScreen={fullScreen}>
      <DialogTitle>{translate('app.juries.history.title', { block: block.blockCode, name: line.traineeName })}</DialogTitle>
      <DialogContent>
        {block.history.length === 0 ? (
          <Typography color="text.secondary">{translate('app.juries.history.empty')}</Typography>
        ) : (
          <Box component="ol" aria-label={translate('app.juries.history.label')} sx={{ p: 0, m: 0 }}>
            {block.history.map((decision) => (
              <DecisionItem
                key={decision.id}
                decision={decision}
                inForce={decision.id === block.decision?.id}
                corrected={superseded.has(decision.id)}
              />
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.juries.history.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
