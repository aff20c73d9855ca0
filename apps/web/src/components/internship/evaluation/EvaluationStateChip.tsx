import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EvaluationState } from '../../../api/tutorEvaluations';
import { STATE_COLORS } from '../../../lib/evaluations';

/** À venir / À remplir / En retard / Brouillon / Transmise / Rouverte. */
export const EvaluationStateChip = ({ state }: { state: EvaluationState }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATE_COLORS[state]} label={translate(`app.evaluations.state.${state}`)} />;
};
