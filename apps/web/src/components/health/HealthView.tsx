import { Alert, Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TraineeHealth } from '../../api/health';
import { formatDateTime, shortDay } from '../../lib/dates';

const STATUS_COLORS = { up_to_date: 'success', incomplete: 'warning', unknown: 'default' } as const;

/** A trainee's disability adjustments and vaccinations, read only (staff tab and the trainee's own page). */
export const HealthView = ({ health }: { health: TraineeHealth }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.health.${key}`, options);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box component="section">
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('disability')}
        </Typography>
        <Typography variant="body2">{t(health.disabilityRecognised ? 'disability_yes' : 'disability_no')}</Typography>
      </Box>
      <Box component="section">
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('adjustments')}
        </Typography>
        {health.adjustments.length === 0 ? (
          <Typography variant="body2">{t('no_adjustment')}</Typography>
        ) : (
          <>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 1 }}>
              {health.adjustments.map((a) => (
                <Chip key={a} size="small" label={t(`adjustment.${a}`)} />
              ))}
            </Box>
            {health.adjustmentsNote && <Typography variant="body2">{health.adjustmentsNote}</Typography>}
            <Typography variant="body2" color="text.secondary">
              {t('decided', { date: shortDay(health.adjustmentsDecidedOn), by: health.adjustmentsDecidedBy ?? '—' })}
            </Typography>
          </>
        )}
      </Box>
      <Box component="section">
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('vaccinations')}
        </Typography>
        <List dense disablePadding>
          {health.vaccinations.map((v) => (
            <ListItem
              key={v.kind}
              disableGutters
              secondaryAction={<Chip size="small" color={STATUS_COLORS[v.status]} label={t(`status.${v.status}`)} />}
            >
              <ListItemText
                primary={t(`vaccine.${v.kind}`)}
                secondary={[
                  t(v.requiredForPlacement ? 'required' : 'optional'),
                  v.checkedOn && t('checked_on', { date: shortDay(v.checkedOn) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
        <Alert severity={health.placementReady ? 'success' : 'warning'}>
          {t(health.placementReady ? 'placement_ready' : 'placement_not_ready')}
        </Alert>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {health.updatedAt ? t('updated', { date: formatDateTime(health.updatedAt) }) : t('never')}
      </Typography>
    </Box>
  );
};
