import { Alert, Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EvaluationForm } from '../../../api/tutorEvaluations';
import { formatDay, shortDay } from '../../../lib/dates';
import { STATE_COLORS } from '../../../lib/evaluations';

/** Who and what is evaluated: trainee, host site, placement dates, due date and state. */
export const EvaluationHeader = ({ form }: { form: EvaluationForm }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h6" component="p">
        {translate('app.evaluations.header.trainee', { name: form.traineeName })}
      </Typography>
      <Typography color="text.secondary">
        {translate('app.evaluations.header.site', { site: form.hostSiteName, start: shortDay(form.startOn), end: shortDay(form.endOn) })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
        <Chip size="small" color={STATE_COLORS[form.state]} label={translate(`app.evaluations.state.${form.state}`)} />
        <Typography variant="body2">{translate('app.evaluations.header.due', { date: formatDay(form.dueOn) })}</Typography>
      </Box>
      {form.state === 'reopened' && form.reopenReason && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('app.evaluations.reopened', { reason: form.reopenReason })}
        </Alert>
      )}
      {!form.readOnly && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.evaluations.header.intro')}
        </Typography>
      )}
    </Box>
  );
};
