import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TutorEvaluationSummary } from '../../../api/tutorEvaluations';
import { formatDateTime } from '../../../lib/dates';
import { LEVELS } from '../../../lib/evaluations';

/** In the marks grid of a tutor-evaluation épreuve: the tutor's latest levels for the block, details in a tooltip. */
export const TutorEvaluationChip = ({ summary }: { summary: TutorEvaluationSummary | null }) => {
  const translate = useTranslate();
  if (!summary) return <Chip size="small" variant="outlined" label={translate('app.evaluations.grid.none')} />;
  const counts = LEVELS.filter((level) => summary.counts[level] > 0).map(
    (level) => `${summary.counts[level]} ${translate(`app.evaluations.level.${level}`).toLowerCase()}`,
  );
  const title = translate('app.evaluations.grid.tooltip', {
    tutor: summary.tutorName,
    site: summary.hostSiteName,
    date: formatDateTime(summary.submittedAt),
  });
  return (
    <Tooltip title={title}>
      <Chip size="small" color="info" variant="outlined" label={translate('app.evaluations.grid.chip', { summary: counts.join(', ') })} />
    </Tooltip>
  );
};
