import { useState } from 'react';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { healthApi, healthKeys } from '../../api/health';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HealthView } from '../../components/health/HealthView';

/** « Mes aménagements et vaccinations »: fetched only when the trainee asks (each read is logged), read only. */
export const MyHealth = () => {
  const translate = useTranslate();
  const [shown, setShown] = useState(false);
  const health = useQuery({
    queryKey: healthKeys.mine,
    queryFn: healthApi.mine,
    enabled: shown,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  return (
    <Box component="section" aria-labelledby="health-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="health-title" variant="h5" component="h2">
        {translate('app.health.me.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.health.me.intro')}
      </Typography>
      {!shown && (
        <Box>
          <Button variant="outlined" onClick={() => setShown(true)}>
            {translate('app.health.me.show')}
          </Button>
        </Box>
      )}
      {shown && health.isPending && <LinearProgress />}
      <ErrorAlert error={health.error} />
      {health.data && <HealthView health={health.data} />}
    </Box>
  );
};
