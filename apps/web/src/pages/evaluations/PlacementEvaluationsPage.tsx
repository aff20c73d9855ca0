import { Box, Typography } from '@mui/material';
import { useParams } from 'react-router';
import { Title, useTranslate } from 'react-admin';
import { EvaluationsPanel } from '../../components/internship/evaluation';

/** `/stages/:id/evaluations`: a placement's tutor evaluations on a page of their own (staff; the placement page mounts the same panel). */
const PlacementEvaluationsPage = () => {
  const translate = useTranslate();
  const { id = '' } = useParams();
  return (
    <Box sx={{ maxWidth: 900, mt: 2 }}>
      <Title title={translate('app.evaluations.panel.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('app.evaluations.panel.title')}
      </Typography>
      <EvaluationsPanel placementId={id} />
    </Box>
  );
};

export default PlacementEvaluationsPage;
