import { Chip, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BoardConvention } from '../../../api/placementBoard';
import { PlacementLink } from './PlacementLink';

/** Conventions not signed yet, urgent ones first: status, who has still to sign, when the placement starts. */
export const ConventionRows = ({ rows }: { rows: BoardConvention[] }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.board.conventions.${key}`, options);
  const when = (days: number) =>
    days > 0 ? t('starts_in', { smart_count: days }) : days === 0 ? t('starts_today') : t('started_since', { smart_count: -days });
  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.placementId} disableGutters divider>
          <ListItemText
            primary={
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <PlacementLink placementId={row.placementId} traineeName={row.traineeName} />
                <span>· {row.hostSiteName}</span>
                {row.urgent && <Chip size="small" color="error" label={t('urgent')} />}
              </Stack>
            }
            secondary={[
              translate(`app.board.convention_status.${row.status ?? 'none'}`) +
                (row.version && row.version > 1 ? ` (${t('version', { number: row.version - 1 })})` : ''),
              t('awaiting', { parties: row.awaiting.map((p) => translate(`app.board.party.${p}`)).join(', ') }),
              when(row.startsInDays),
            ].join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
};
