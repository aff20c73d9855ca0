import { Create } from 'react-admin';
import { useCreatedNotice } from '../../components/useCreatedNotice';
import { CohortForm } from './CohortForm';

const CohortCreate = () => {
  const mutationOptions = useCreatedNotice('resources.cohorts.notifications.created', 'show');
  return (
    <Create mutationOptions={mutationOptions}>
      <CohortForm creating />
    </Create>
  );
};

export default CohortCreate;
