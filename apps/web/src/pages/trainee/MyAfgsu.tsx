import { Box, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { afgsuApi, afgsuKeys } from '../../api/afgsu';
import { AfgsuStatusPanel } from '../../components/afgsu/AfgsuStatusPanel';
import { AttestationList } from '../../components/afgsu/AttestationList';
import { ErrorAlert } from '../../components/ErrorAlert';

/** « Mon AFGSU »: the status today and what to do, then the attestations recorded by the school (read only). */
export const MyAfgsu = () => {
  const translate = useTranslate();
  const afgsu = useQuery({ queryKey: afgsuKeys.mine, queryFn: afgsuApi.mine });
  return (
    <Box component="section" aria-labelledby="afgsu-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="afgsu-title" variant="h5" component="h2">
        {translate('app.afgsu.me.title')}
      </Typography>
      {afgsu.isPending && <LinearProgress />}
      <ErrorAlert error={afgsu.error} />
      {afgsu.data && (
        <>
          <AfgsuStatusPanel status={afgsu.data.status} />
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {translate('app.afgsu.me.attestations')}
          </Typography>
          <AttestationList attestations={afgsu.data.attestations} label="app.afgsu.me.attestations" />
        </>
      )}
    </Box>
  );
};
