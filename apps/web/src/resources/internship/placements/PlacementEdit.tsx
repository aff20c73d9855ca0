import { Edit } from 'react-admin';
import { PlacementForm } from './PlacementForm';

const PlacementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <PlacementForm />
  </Edit>
);

export default PlacementEdit;
