import { Chip, Tooltip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttemptResult, BlockOutcome } from '../../api/juries';
import { OUTCOME_COLORS, RESULT_COLORS } from '../../lib/juries';

type Size = ChipProps['size'];

/** A jury decision, « Validé » (green) or « Non validé » (red). */
export const OutcomeChip = ({ outcome, size = 'small' }: { outcome: BlockOutcome; size?: Size }) => {
  const translate = useTranslate();
  return <Chip size={size} color={OUTCOME_COLORS[outcome]} label={translate(`app.juries.outcome.${outcome}`)} />;
};

/** « dérogation »: the jury departed from the rules' proposal. */
export const OverrideMarker = () => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('app.juries.cell.override_help')}>
      <Chip size="small" variant="outlined" color="warning" label={translate('app.juries.cell.override')} />
    </Tooltip>
  );
};

/** An attempt's result, « Réussi », « Non réussi » or « Incomplet ». */
export const ResultChip = ({ result }: { result: AttemptResult }) => {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={RESULT_COLORS[result]} label={translate(`app.juries.result.${result}`)} />;
};
