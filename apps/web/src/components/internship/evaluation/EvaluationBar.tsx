import { Box, Button, LinearProgress, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface EvaluationBarProps {
  rated: number;
  total: number;
  savedAt: string | null;
  pending: boolean;
  onSave: () => void;
  onSubmit: () => void;
}

/** The bar fixed at the bottom of the screen: progress, « Enregistrer le brouillon », « Transmettre ». */
export const EvaluationBar = ({ rated, total, savedAt, pending, onSave, onSubmit }: EvaluationBarProps) => {
  const translate = useTranslate();
  return (
    <>
      {/* Room under the form so the fixed bar never hides its end. */}
      <Box sx={{ height: 120 }} />
      <Paper
        elevation={8}
        square
        component="aside"
        aria-label={translate('app.evaluations.bar.label')}
        sx={{ position: 'fixed', left: 0, right: 0, bottom: 0, zIndex: (theme) => theme.zIndex.appBar }}
      >
        <Box sx={{ maxWidth: 640, mx: 'auto', p: 1.5 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 1, mb: 0.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }} aria-live="polite">
              {translate('app.evaluations.bar.progress', { rated, total })}
            </Typography>
            {savedAt && (
              <Typography variant="caption" color="text.secondary">
                {translate('app.evaluations.bar.saved', { time: savedAt })}
              </Typography>
            )}
          </Box>
          <LinearProgress variant="determinate" value={total ? (rated * 100) / total : 0} sx={{ mb: 1 }} />
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button variant="outlined" onClick={onSave} disabled={pending} sx={{ flex: 1, minHeight: 48 }}>
              {translate('app.evaluations.bar.save')}
            </Button>
            <Button variant="contained" onClick={onSubmit} disabled={pending} sx={{ flex: 1, minHeight: 48 }}>
              {translate('app.evaluations.bar.submit')}
            </Button>
          </Box>
        </Box>
      </Paper>
    </>
  );
};
