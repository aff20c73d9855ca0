import { Box, Card, CardActionArea, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfgsuOverview, AfgsuStatusCode } from '../../../api/afgsu';
import { AfgsuStatusChip } from '../../../components/afgsu/AfgsuStatusChip';
import { AFGSU_STATUSES } from '../../../lib/afgsu';

interface Props {
  counts: AfgsuOverview['counts'] | undefined;
  selected: AfgsuStatusCode | undefined;
  onSelect: (status: AfgsuStatusCode | undefined) => void;
}

/** One card per status with its number of trainees (and « Tous »); a card filters the list, a second tap clears it. */
export const StatusCounts = ({ counts, selected, onSelect }: Props) => {
  const translate = useTranslate();
  const total = counts ? AFGSU_STATUSES.reduce((sum, status) => sum + counts[status], 0) : undefined;
  const cards: (AfgsuStatusCode | undefined)[] = [undefined, ...AFGSU_STATUSES];
  return (
    <Box
      role="group"
      aria-label={translate('app.afgsu.overview.counts')}
      sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(3, 1fr)', md: 'repeat(6, 1fr)' }, gap: 1, mb: 2 }}
    >
      {cards.map((status) => {
        const count = status ? counts?.[status] : total;
        const label = status ? translate(`app.afgsu.status.${status}`) : translate('app.afgsu.overview.all');
        const active = selected === status;
        return (
          <Card
            key={status ?? 'all'}
            variant="outlined"
            sx={{ borderColor: active ? 'primary.main' : undefined, borderWidth: active ? 2 : 1 }}
          >
            <CardActionArea
              onClick={() => onSelect(active ? undefined : status)}
              aria-pressed={active}
              aria-label={translate('app.afgsu.overview.count', { label, count: count ?? '…' })}
              sx={{ p: { xs: 1, sm: 1.5 }, display: 'grid', gap: 0.5, justifyItems: 'start' }}
            >
              <Typography variant="h5" component="p" sx={{ fontWeight: 700 }}>
                {count ?? '…'}
              </Typography>
              {status ? <AfgsuStatusChip status={status} /> : <Chip size="small" variant="outlined" label={label} />}
            </CardActionArea>
          </Card>
        );
      })}
    </Box>
  );
};
