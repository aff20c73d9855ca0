import { Create } from 'react-admin';
import { useCreatedNotice } from '../../../components/useCreatedNotice';
import { PlacementForm } from './PlacementForm';

const PlacementCreate = () => {
  const mutationOptions = useCreatedNotice('app.internship.placement.created', 'show');
  return (
    <Create mutationOptions={mutationOptions}>
      <PlacementForm />
    </Create>
  );
};

export default PlacementCreate;
