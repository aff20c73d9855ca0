import { Create } from 'react-admin';
import { useCreatedNotice } from '../../../components/useCreatedNotice';
import { TutorForm } from './TutorForm';

const TutorCreate = () => {
  const mutationOptions = useCreatedNotice('resources.tutors.notifications.created', 'show');
  return (
    <Create mutationOptions={mutationOptions}>
      <TutorForm />
    </Create>
  );
};

export default TutorCreate;
