import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslate } from 'react-admin';
import { tutorEvaluationsApi, type PlacementEvaluation } from '../../../api/tutorEvaluations';
import { ErrorAlert } from '../../ErrorAlert';
import { shortDay } from '../../../lib/dates';

interface EvaluationDatesDialogProps {
  placementId: string;
  period: { startOn: string; endOn: string } | null;
  evaluations: PlacementEvaluation[];
  onSaved: (evaluations: PlacementEvaluation[]) => void;
  onClose: () => void;
}

/** The placement's own due dates: edit, add, remove (a started or submitted evaluation keeps its date). */
export const EvaluationDatesDialog = ({ placementId, period, evaluations, onSaved, onClose }: EvaluationDatesDialogProps) => {
  const translate = useTranslate();
  const [dates, setDates] = useState(evaluations.map((e) => e.dueOn));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const locked = new Set(evaluations.filter((e) => e.draftSavedAt || e.submittedAt).map((e) => e.dueOn));
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      onSaved(await tutorEvaluationsApi.setDates(placementId, dates.filter(Boolean)));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('app.evaluations.panel.dates_title')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={error} />
        {period && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('app.evaluations.panel.dates_intro', { start: shortDay(period.startOn), end: shortDay(period.endOn) })}
          </Typography>
        )}
        {dates.map((date, i) => {
          const fixed = locked.has(evaluations[i]?.dueOn ?? '') && evaluations[i]?.dueOn === date;
          return (
            <Box key={i} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <TextField
                type="date"
                label={translate('app.evaluations.panel.date', { n: i + 1 })}
                value={date}
                onChange={(event) => setDates(dates.map((d, j) => (j === i ? event.target.value : d)))}
                disabled={fixed}
                margin="dense"
                fullWidth
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: period?.startOn, max: period?.endOn } }}
              />
              <IconButton
                aria-label={translate('app.evaluations.panel.remove_date')}
                disabled={fixed || dates.length <= 1}
                onClick={() => setDates(dates.filter((_, j) => j !== i))}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
          );
        })}
        <Button onClick={() => setDates([...dates, ''])} sx={{ mt: 1 }}>
          {translate('app.evaluations.panel.add_date')}
        </Button>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={pending || dates.some((d) => !d)}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
