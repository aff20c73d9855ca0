import { Edit } from 'react-admin';
import { TutorForm } from './TutorForm';

const TutorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <TutorForm />
  </Edit>
);

export default TutorEdit;
