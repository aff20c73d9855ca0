import { Edit } from 'react-admin';
import { CohortForm } from './CohortForm';

const CohortEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CohortForm />
  </Edit>
);

export default CohortEdit;
