import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PlacementEvaluation } from '../../../api/tutorEvaluations';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { EvaluationStateChip } from './EvaluationStateChip';

interface EvaluationRowProps {
  evaluation: PlacementEvaluation;
  canManage: boolean;
  pending: boolean;
  onSend: () => void;
  onView: () => void;
  onReopen: () => void;
}

/** One evaluation of the placement: due date, state, progress, last link sent, and what staff can do with it. */
export const EvaluationRow = ({ evaluation: e, canManage, pending, onSend, onView, onReopen }: EvaluationRowProps) => {
  const translate = useTranslate();
  const link = e.lastLink;
  const linkState = link?.usedAt
    ? ` — ${translate('app.evaluations.panel.link_used', { date: formatDateTime(link.usedAt) })}`
    : link?.replacedAt
      ? ` — ${translate('app.evaluations.panel.link_replaced')}`
      : '';
  return (
    <Box component="li" aria-label={formatDay(e.dueOn)} sx={{ listStyle: 'none', py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>
          {translate('app.evaluations.panel.due')} : {formatDay(e.dueOn)}
        </Typography>
        <EvaluationStateChip state={e.state} />
        <Typography variant="body2" color="text.secondary">
          {translate('app.evaluations.panel.progress', { rated: e.rated, total: e.competencyCount })}
        </Typography>
      </Box>
      {e.state !== 'submitted' && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.evaluations.panel.late_on', { date: formatDay(e.lateOn) })}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary">
        {link
          ? translate('app.evaluations.panel.link_sent', {
              name: link.recipientName,
              date: formatDateTime(link.sentAt),
              expires: formatDateTime(link.expiresAt),
            }) + linkState
          : translate('app.evaluations.panel.no_link')}
      </Typography>
      {e.reopenReason && e.state === 'reopened' && (
        <Typography variant="body2">{translate('app.evaluations.reopened', { reason: e.reopenReason })}</Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
        <Button size="small" variant="outlined" onClick={onView}>
          {translate('app.evaluations.panel.view')}
        </Button>
        {canManage && e.state !== 'submitted' && (
          <Button size="small" variant="contained" onClick={onSend} disabled={pending}>
            {translate(link ? 'app.evaluations.panel.resend_link' : 'app.evaluations.panel.send_link')}
          </Button>
        )}
        {canManage && e.state === 'submitted' && (
          <Button size="small" color="warning" onClick={onReopen}>
            {translate('app.evaluations.panel.reopen')}
          </Button>
        )}
      </Box>
    </Box>
  );
};
