import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useTranslate } from 'react-admin';
import { ErrorAlert } from '../../ErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { ConventionVersionCard } from './ConventionVersionCard';
import { useConventions } from './useConventions';

/**
 * The convention de stage of a placement, for staff: every version (newest first) with its status and signatures, the
 * actions the status allows, and « Démarrer le stage », whose refusal (no signed convention, outside the dates) shows.
 */
export const ConventionPanel = ({ placementId }: { placementId: string }) => {
  const translate = useTranslate();
  const actions = useConventions(placementId);
  const { versions, placement } = actions;
  const startedAt = placement.data?.startedAt;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={translate('app.conventions.panel.title')}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Typography variant="h6" component="h2">
          {translate('app.conventions.panel.title')}
        </Typography>
        {startedAt ? (
          <Alert severity="success" sx={{ py: 0 }}>
            {translate('app.conventions.panel.started', { date: formatDateTime(startedAt) })}
          </Alert>
        ) : (
          <Button variant="outlined" startIcon={<PlayArrowIcon />} onClick={actions.start} disabled={actions.busy || !placement.data}>
            {translate('app.conventions.panel.start')}
          </Button>
        )}
      </Stack>
      {(versions.isPending || actions.busy) && <LinearProgress sx={{ mb: 1 }} />}
      <ErrorAlert error={versions.error ?? actions.error} />
      {versions.data?.length === 0 && (
        <Box sx={{ mb: 1 }}>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {translate('app.conventions.panel.none')}
          </Typography>
          <Button variant="contained" startIcon={<NoteAddIcon />} onClick={actions.create} disabled={actions.busy}>
            {translate('app.conventions.panel.create')}
          </Button>
        </Box>
      )}
      <Stack spacing={2}>
        {versions.data?.map((c, index) => (
          <ConventionVersionCard key={c.id} convention={c} latest={index === 0} actions={actions} />
        ))}
      </Stack>
    </Paper>
  );
};
