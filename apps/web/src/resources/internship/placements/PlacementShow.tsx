import { Stack } from '@mui/material';
import { EditButton, Show, TopToolbar } from 'react-admin';
import { PlacementDetails } from './PlacementDetails';

/**
 * A placement's page: its details first, then a stack of panels (the convention and the tutor's evaluations are
 * mounted below the details).
 */
const PlacementShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <Stack spacing={2} sx={{ p: 2 }}>
      <PlacementDetails />
    </Stack>
  </Show>
);

export default PlacementShow;
