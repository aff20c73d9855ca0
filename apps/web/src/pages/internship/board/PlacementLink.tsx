import { Link as RouterLink } from 'react-router';
import { Link } from '@mui/material';
import { placementPath } from '../../../lib/paths';

/** The trainee's name, opening the placement. */
export const PlacementLink = ({ placementId, traineeName }: { placementId: string; traineeName: string }) => (
  <Link component={RouterLink} to={placementPath(placementId)} sx={{ fontWeight: 600 }}>
    {traineeName}
  </Link>
);
