import { useRecordContext } from 'react-admin';
import type { Trainee } from '../../api/types';
import { PlacementCards } from '../../components/internship/PlacementCards';

/** « Stages »: the trainee's placements with their convention and tutor evaluations. */
const PlacementsTab = () => {
  const trainee = useRecordContext<Trainee>();
  return trainee ? <PlacementCards traineeId={trainee.id} /> : null;
};

export default PlacementsTab;
