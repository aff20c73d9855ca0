import { Pagination, ReferenceManyField } from 'react-admin';
import { PlacementRows } from '../placements/PlacementRows';

/** The placements the tutor supervises, newest first. */
export const TutorPlacements = () => (
  <ReferenceManyField reference="placements" target="tutorId" perPage={25} pagination={<Pagination />} sort={{ field: 'startOn', order: 'DESC' }}>
    <PlacementRows hide="tutorName" />
  </ReferenceManyField>
);
