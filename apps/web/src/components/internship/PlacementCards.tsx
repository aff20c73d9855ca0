import { Box, Chip, LinearProgress, Paper, Stack, Typography, type ChipProps } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { placementBoardApi, placementBoardKeys, type PlacementCard } from '../../api/placementBoard';
import { dayRange, shortDay } from '../../lib/dates';
import { ErrorAlert } from '../ErrorAlert';

const PERIOD_COLORS: Record<PlacementCard['period'], ChipProps['color']> = { current: 'primary', upcoming: 'info', past: 'default' };

/** One placement: where, with whom, when, the convention and the tutor's evaluations. */
const Card = ({ card }: { card: PlacementCard }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.board.cards.${key}`, options);
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 0.75 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {card.hostSiteName}
        </Typography>
        <Chip size="small" color={PERIOD_COLORS[card.period]} label={t(`period.${card.period}`)} />
        <Chip size="small" variant="outlined" label={translate(`app.board.type.${card.type}`)} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {card.hostSiteAddress}
      </Typography>
      <Typography variant="body2">
        {dayRange(card.startOn, card.endOn)} · {t('hours', { hours: card.plannedHours })}
      </Typography>
      <Typography variant="body2">
        {t('tutor', { name: card.tutorName })} · {card.tutorEmail}
        {card.tutorPhone ? ` · ${card.tutorPhone}` : ''}
      </Typography>
      <Typography variant="body2">
        {t('convention', {
          status: translate(`app.board.convention_status.${card.conventionSigned ? 'signed' : (card.conventionStatus ?? 'none')}`),
        })}
      </Typography>
      {card.evaluations.length > 0 && (
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('evaluations')}
          </Typography>
          {card.evaluations.map((e) => (
            <Typography key={e.evaluationId} variant="body2">
              {t('evaluation', { date: shortDay(e.dueOn), state: translate(`app.board.evaluation_state.${e.state}`) })}
            </Typography>
          ))}
        </Box>
      )}
    </Paper>
  );
};

/** A trainee's placements (staff: `traineeId`; the trainee: their own), current and upcoming first. */
export const PlacementCards = ({ traineeId }: { traineeId?: string }) => {
  const translate = useTranslate();
  const cards = useQuery({
    queryKey: traineeId ? placementBoardKeys.cards(traineeId) : placementBoardKeys.mine,
    queryFn: () => (traineeId ? placementBoardApi.cards(traineeId) : placementBoardApi.mine()),
  });
  return (
    <Box component="section" aria-labelledby="placements-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="placements-title" variant="h5" component="h2">
        {translate(traineeId ? 'app.board.cards.staff_title' : 'app.board.cards.title')}
      </Typography>
      {cards.isPending && <LinearProgress />}
      <ErrorAlert error={cards.error} />
      {cards.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.board.cards.empty')}
        </Typography>
      )}
      {cards.data?.map((card) => (
        <Card key={card.placementId} card={card} />
      ))}
    </Box>
  );
};
