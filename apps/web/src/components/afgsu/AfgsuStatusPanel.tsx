import { Box, Typography } from '@mui/material';
import type { AfgsuStatus } from '../../api/afgsu';
import { AfgsuStatusChip } from './AfgsuStatusChip';

/** The status today and the API's sentence saying why and what to do (valid until, refresher due, session planned…). */
export const AfgsuStatusPanel = ({ status }: { status: AfgsuStatus }) => (
  <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1.5, flexWrap: 'wrap' }}>
    <AfgsuStatusChip status={status.status} size="medium" />
    <Typography sx={{ flex: '1 1 240px', pt: 0.5 }}>{status.explanation}</Typography>
  </Box>
);
