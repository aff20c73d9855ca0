import { Stack } from '@mui/material';
import { EditButton, Show, TopToolbar, useRecordContext } from 'react-admin';
import type { Placement } from '../../../api/internship';
import { ConventionPanel } from '../../../components/internship/convention';
import { EvaluationsPanel } from '../../../components/internship/evaluation';
import { PlacementDetails } from './PlacementDetails';

/** The convention and the tutor's evaluations of the placement, below its details. */
const Panels = () => {
  const placement = useRecordContext<Placement>();
  if (!placement) return null;
  return (
    <>
      <ConventionPanel placementId={placement.id} />
      <EvaluationsPanel placementId={placement.id} placement={placement} />
    </>
  );
};

/** A placement's page: a stack of cards, its details first, then its convention and its tutor evaluations. */
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
      <Panels />
    </Stack>
  </Show>
);

export default PlacementShow;
