import { useParams } from 'react-router';
import { linkAccess } from '../../api/tutorEvaluations';
import { EvaluationFormView } from '../../components/internship/evaluation';
import { PublicLayout } from '../../components/PublicLayout';
import { TutorAccountOffer } from './TutorAccountOffer';

/** `/tuteur/evaluation/:token`: the tutor fills in the evaluation from the link e-mailed to them, on a phone, without a password. */
const TutorEvaluationPage = () => {
  const { token = '' } = useParams();
  return (
    <PublicLayout title="app.evaluations.title" wide>
      <EvaluationFormView
        access={linkAccess(token)}
        queryKey={['public', 'evaluation', token]}
        footer={(form) => !form.readOnly && <TutorAccountOffer token={token} hasAccount={form.tutorHasAccount} />}
      />
    </PublicLayout>
  );
};

export default TutorEvaluationPage;
