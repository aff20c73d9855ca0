import { Button, Dialog, DialogActions, DialogContent, DialogTitle, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { tutorEvaluationsApi, type PlacementEvaluation } from '../../../api/tutorEvaluations';
import { formatDay } from '../../../lib/dates';
import { EvaluationFormView } from './EvaluationFormView';

/** The whole filled grid of one evaluation, read-only (staff). */
export const EvaluationViewDialog = ({
  evaluation,
  traineeName,
  onClose,
}: {
  evaluation: PlacementEvaluation;
  traineeName: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const access = {
    load: () => tutorEvaluationsApi.get(evaluation.id),
    save: () => Promise.reject(new Error('read-only')),
    submit: () => Promise.reject(new Error('read-only')),
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" fullScreen={fullScreen}>
      <DialogTitle>
        {translate('app.evaluations.panel.view_title', { date: formatDay(evaluation.dueOn), trainee: traineeName })}
      </DialogTitle>
      <DialogContent>
        <EvaluationFormView access={access} queryKey={['tutor-evaluations', evaluation.id, evaluation.updatedAt]} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.evaluations.panel.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
