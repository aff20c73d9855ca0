import { Chip, List, ListItem, ListItemText, Stack, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BoardEvaluation } from '../../../api/placementBoard';
import { formatDateTime, shortDay } from '../../../lib/dates';
import { PlacementLink } from './PlacementLink';

const COLORS: Record<BoardEvaluation['state'], ChipProps['color']> = {
  not_due: 'default',
  due: 'warning',
  late: 'error',
  draft: 'info',
  submitted: 'success',
  reopened: 'warning',
};

/** Tutor evaluations to chase (late first) or just submitted: trainee, tutor, due date, state. */
export const EvaluationRows = ({ rows }: { rows: BoardEvaluation[] }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.board.evaluations.${key}`, options);
  const detail = (row: BoardEvaluation) =>
    row.state === 'submitted'
      ? t('submitted_at', { date: formatDateTime(row.submittedAt) })
      : row.state === 'late'
        ? t('late_since', { date: shortDay(row.lateOn) })
        : t('due', { date: shortDay(row.dueOn) });
  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.evaluationId} disableGutters divider>
          <ListItemText
            primary={
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <PlacementLink placementId={row.placementId} traineeName={row.traineeName} />
                <Chip size="small" color={COLORS[row.state]} label={translate(`app.board.evaluation_state.${row.state}`)} />
              </Stack>
            }
            secondary={`${row.tutorName} (${row.hostSiteName}) · ${detail(row)}`}
          />
        </ListItem>
      ))}
    </List>
  );
};
