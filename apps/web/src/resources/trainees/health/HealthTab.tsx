import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, LinearProgress, Link } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { healthApi, healthKeys } from '../../../api/health';
import type { Trainee } from '../../../api/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HealthView } from '../../../components/health/HealthView';
import { HealthDialog } from './HealthDialog';

/**
 * « Aménagements et vaccinations » (health data): read when the tab is opened — each read is logged — and edited in a
 * dialog (audited, logged). Direction and staff only: the tab is on the staff trainee page.
 */
const HealthTab = () => {
  const translate = useTranslate();
  const trainee = useRecordContext<Trainee>();
  const queryClient = useQueryClient();
  const queryKey = healthKeys.trainee(trainee?.id);
  // No refetch on focus or remount: every read is an access written in the log.
  const health = useQuery({
    queryKey,
    queryFn: () => healthApi.trainee(trainee!.id),
    enabled: !!trainee,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const { permissions } = usePermissions();
  const [open, setOpen] = useState(false);
  if (!trainee || health.isPending) return <LinearProgress />;
  if (health.error) return <ErrorAlert error={health.error} />;
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 760 }}>
      <Alert severity="info">{translate('app.health.notice')}</Alert>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setOpen(true)}>
          {translate('app.health.edit')}
        </Button>
        {permissions === 'school_admin' && (
          <Link component={RouterLink} to={`/health-access-log?filter=${encodeURIComponent(JSON.stringify({ traineeId: trainee.id }))}`}>
            {translate('app.health.accesses')}
          </Link>
        )}
      </Box>
      <HealthView health={health.data} />
      <HealthDialog
        health={health.data}
        open={open}
        onClose={() => setOpen(false)}
        onChange={(next) => queryClient.setQueryData(queryKey, next)}
      />
    </Box>
  );
};

export default HealthTab;
