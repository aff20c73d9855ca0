import { useParams } from 'react-router';
import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { ConventionPanel } from '../../components/internship/convention';

/** `/stages/:id/convention`: the convention panel of one placement on its own page (the placement page embeds it too). */
const PlacementConventionPage = () => {
  const { id = '' } = useParams();
  return (
    <Box sx={{ maxWidth: 900, py: 2 }}>
      <Title title="app.conventions.page.title" />
      <ConventionPanel placementId={id} />
    </Box>
  );
};

export default PlacementConventionPage;
