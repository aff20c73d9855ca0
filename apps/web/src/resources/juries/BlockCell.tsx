import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import HistoryIcon from '@mui/icons-material/History';
import { Box, Button, IconButton, Paper, Tooltip, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { JuryBlock, JuryLine } from '../../api/juries';
import { cellActions, refusalText } from '../../lib/juries';
import { CellSummary } from './CellSummary';
import { DecisionDialog } from './DecisionDialog';
import { HistoryDialog } from './HistoryDialog';
import type { Decide } from './useJuryBoard';

interface Props {
  line: JuryLine;
  block: JuryBlock;
  decide: Decide;
  /** Shows the API's refusal on the trainee's line (null clears it). */
  onRefused: (message: string | null) => void;
}

/** A block of a trainee: its summary, and « Confirmer » (the proposal in one click), « Modifier », « Historique ». */
export const BlockCell = ({ line, block, decide, onRefused }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [dialog, setDialog] = useState<'decision' | 'history' | null>(null);
  const [pending, setPending] = useState(false);
  const { decidable, correcting, canConfirm } = cellActions(block);
  const { proposal } = block;

  const confirm = async () => {
    if (!proposal) return;
    setPending(true);
    onRefused(null);
    try {
      await decide({ traineeId: line.traineeId, blockId: block.blockId, outcome: proposal });
      notify('app.juries.cell.recorded', { type: 'success' });
    } catch (error) {
      onRefused(translate('app.juries.cell.refused', { block: block.blockCode, message: refusalText(translate, error) }));
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper
      variant="outlined"
      role="group"
      aria-label={block.blockCode}
      sx={{
        p: 1,
        display: 'flex',
        flexDirection: 'column',
        gap: 0.5,
        minWidth: 0,
        bgcolor: decidable ? 'background.paper' : 'action.hover',
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Typography variant="subtitle2" component="h3" sx={{ flexGrow: 1 }}>
          {block.blockCode}
        </Typography>
        {block.history.length > 0 && (
          <Tooltip title={translate('app.juries.cell.history')}>
            <IconButton size="small" aria-label={translate('app.juries.cell.history')} onClick={() => setDialog('history')}>
              <HistoryIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Box>
      <CellSummary block={block} />
      {decidable && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 'auto', pt: 0.5 }}>
          {canConfirm && proposal && (
            <Button
              size="small"
              variant="contained"
              disabled={pending}
              onClick={confirm}
              aria-label={translate('app.juries.cell.confirm_label', {
                outcome: translate(`app.juries.outcome.${proposal}`),
                block: block.blockCode,
              })}
            >
              {translate('app.juries.cell.confirm')}
            </Button>
          )}
          <Tooltip title={translate('app.juries.cell.edit')}>
            <IconButton
              size="small"
              aria-label={translate('app.juries.cell.edit')}
              onClick={() => setDialog('decision')}
              disabled={pending}
            >
              <EditIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
      )}
      <DecisionDialog
        open={dialog === 'decision'}
        line={line}
        block={block}
        correcting={correcting}
        decide={decide}
        onClose={() => setDialog(null)}
      />
      <HistoryDialog open={dialog === 'history'} line={line} block={block} onClose={() => setDialog(null)} />
    </Paper>
  );
};
