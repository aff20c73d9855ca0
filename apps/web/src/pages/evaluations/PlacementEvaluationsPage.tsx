import { useQuery } from '@tanstack/react-query';
import { Box, Typography } from '@mui/material';
import { useParams } from 'react-router';
import { Title, useTranslate } from 'react-admin';
import { api, call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EvaluationsPanel } from '../../components/internship/evaluation';

/** `/stages/:id/evaluations`: a placement's tutor evaluations on a page of their own (the placement page mounts the same panel). */
const PlacementEvaluationsPage = () => {
  const translate = useTranslate();
  const { id = '' } = useParams();
  const placement = useQuery({
    queryKey: ['placements', id],
    queryFn: () => call(api.GET('/api/v1/placements/{id}', { params: { path: { id } } })),
  });
  const title = placement.data
    ? translate('app.evaluations.panel.page_title', { trainee: placement.data.traineeName })
    : translate('app.evaluations.panel.title');
  return (
    <Box sx={{ maxWidth: 900, mt: 2 }}>
      <Title title={title} />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {placement.data && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {placement.data.hostSiteName} · {placement.data.tutorName}
        </Typography>
      )}
      <ErrorAlert error={placement.error} />
      <EvaluationsPanel placementId={id} placement={placement.data} />
    </Box>
  );
};

export default PlacementEvaluationsPage;
