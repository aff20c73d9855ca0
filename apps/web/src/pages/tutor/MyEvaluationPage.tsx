import { Box, Button } from '@mui/material';
import { Link, useParams } from 'react-router';
import { Title, useTranslate } from 'react-admin';
import { accountAccess } from '../../api/tutorEvaluations';
import { EvaluationFormView } from '../../components/internship/evaluation';
import { PATHS } from '../../lib/paths';

/** `/mes-evaluations/:id`: the same form as the link's, for a signed-in tutor. */
const MyEvaluationPage = () => {
  const translate = useTranslate();
  const { id = '' } = useParams();
  return (
    <Box sx={{ maxWidth: 720, mt: 2, p: { xs: 2, sm: 3 } }}>
      <Title title={translate('app.evaluations.title')} />
      <Button component={Link} to={PATHS.myEvaluations} size="small" sx={{ mb: 1, px: 0 }}>
        {translate('app.evaluations.mine.back')}
      </Button>
      <EvaluationFormView access={accountAccess(id)} queryKey={['my', 'tutor-evaluations', id]} />
    </Box>
  );
};

export default MyEvaluationPage;
