import { useState } from 'react';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Alert, AlertTitle, Box, Button, LinearProgress, Typography } from '@mui/material';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import type { JuryLine } from '../../api/juries';
import { cellActions, refusalText } from '../../lib/juries';
import type { Decide } from './useJuryBoard';

interface Props {
  lines: JuryLine[];
  decide: Decide;
}

/** The proposals of the lines shown that have no decision yet. */
const pendingProposals = (lines: JuryLine[]) =>
  lines.flatMap((line) =>
    line.blocks.filter((block) => cellActions(block).canConfirm).map((block) => ({ line, block, outcome: block.proposal! })),
  );

/** « Confirmer toutes les propositions »: one decision per cell in turn, with progress, then the refusals of the API. */
export const BulkConfirm = ({ lines, decide }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);
  const todo = pendingProposals(lines);

  const run = async () => {
    setAsking(false);
    setRefusals([]);
    const refused: string[] = [];
    let recorded = 0;
    for (const [index, { line, block, outcome }] of todo.entries()) {
      setProgress({ done: index, total: todo.length });
      try {
        await decide({ traineeId: line.traineeId, blockId: block.blockId, outcome });
        recorded += 1;
      } catch (error) {
        refused.push(
          translate('app.juries.bulk.refused_line', {
            name: line.traineeName,
            block: block.blockCode,
            message: refusalText(translate, error),
          }),
        );
      }
    }
    setProgress(null);
    setRefusals(refused);
    notify('app.juries.bulk.done', { type: refused.length ? 'warning' : 'success', messageArgs: { smart_count: recorded } });
  };

  return (
    <Box sx={{ flex: '1 1 320px', display: 'flex', flexDirection: 'column', alignItems: { xs: 'stretch', sm: 'flex-end' }, gap: 1 }}>
      <Button
        variant="outlined"
        startIcon={<DoneAllIcon />}
        disabled={todo.length === 0 || progress !== null}
        onClick={() => setAsking(true)}
      >
        {translate('app.juries.bulk.button', { smart_count: todo.length })}
      </Button>
      {progress && (
        <Box sx={{ width: '100%', maxWidth: 360 }} role="status">
          <LinearProgress variant="determinate" value={(progress.done / progress.total) * 100} />
          <Typography variant="caption">{translate('app.juries.bulk.progress', progress)}</Typography>
        </Box>
      )}
      {refusals.length > 0 && (
        <Alert severity="warning" onClose={() => setRefusals([])} sx={{ width: '100%' }}>
          <AlertTitle>{translate('app.juries.bulk.refused')}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {refusals.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </Box>
        </Alert>
      )}
      <Confirm
        isOpen={asking}
        title="app.juries.bulk.title"
        content="app.juries.bulk.content"
        contentTranslateOptions={{ smart_count: todo.length }}
        confirm="app.juries.bulk.confirm"
        onConfirm={run}
        onClose={() => setAsking(false)}
      />
    </Box>
  );
};
