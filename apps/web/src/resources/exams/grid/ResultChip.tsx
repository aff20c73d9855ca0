import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttemptResult } from '../../../api/exams';
import { RESULT_COLORS, frenchNumber } from '../../../lib/exams';

/** « Réussi · 11,25/20 », « Non réussi · 7,5/20 » or « Incomplet », the explanation as tooltip; faded while marks are unsaved. */
export const ResultChip = ({ result, stale }: { result: AttemptResult; stale: boolean }) => {
  const translate = useTranslate();
  const status = translate(`app.exams.result.${result.status}`);
  const label =
    result.average === null ? status : `${status} · ${translate('app.exams.average', { average: frenchNumber(result.average) })}`;
  const explanation = stale ? `${translate('app.exams.grid.stale')} ${result.explanation}` : result.explanation;
  return (
    <Tooltip title={explanation} describeChild enterTouchDelay={0} leaveTouchDelay={6000}>
      <Chip
        size="small"
        tabIndex={0}
        color={RESULT_COLORS[result.status]}
        variant={result.status === 'incomplete' ? 'outlined' : 'filled'}
        label={label}
        sx={{ opacity: stale ? 0.45 : 1, fontWeight: 600 }}
      />
    </Tooltip>
  );
};
