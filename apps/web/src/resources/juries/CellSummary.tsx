import { Box, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { JuryBlock } from '../../api/juries';
import { OutcomeChip, OverrideMarker, ResultChip } from '../../components/results/OutcomeChip';
import { isOverride, proposalText } from '../../lib/juries';

const row = { display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' } as const;

/** What the jury reads in a cell: the latest attempt and its result, the rules' proposal (why, on hover), the decision in force. */
export const CellSummary = ({ block }: { block: JuryBlock }) => {
  const translate = useTranslate();
  const { decision, latestAttempt, latestResult } = block;
  if (latestAttempt === null || !latestResult) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.juries.cell.no_attempt')}
      </Typography>
    );
  }
  return (
    <>
      <Box sx={row}>
        <Typography variant="body2">{translate('app.juries.results.attempt', { number: latestAttempt })}</Typography>
        <ResultChip result={latestResult} />
      </Box>
      <Tooltip title={block.proposalReason} describeChild>
        <Typography variant="body2" color="text.secondary">
          {proposalText(translate, block.proposal)}
        </Typography>
      </Tooltip>
      {decision ? (
        <Box sx={row}>
          <OutcomeChip outcome={decision.outcome} />
          {isOverride(decision) && <OverrideMarker />}
          {decision.attemptNumber !== latestAttempt && (
            <Typography variant="caption" color="text.secondary">
              {translate('app.juries.cell.earlier', { number: decision.attemptNumber })}
            </Typography>
          )}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {translate('app.juries.cell.undecided')}
        </Typography>
      )}
    </>
  );
};
