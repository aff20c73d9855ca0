import { Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import { documentsApi } from '../../api/documents';
import { juriesApi, juriesKeys } from '../../api/juries';
import type { Trainee } from '../../api/types';
import { ResultsView } from '../../components/results/ResultsView';
import { PriorValidations } from './prior/PriorValidations';

/**
 * « Résultats »: the trainee's attempts (with their convocations), jury decisions and retakes per block (the same view
 * as « Mes résultats »), then the blocks validated before (earlier path, VAE).
 */
const ResultsTab = () => {
  const trainee = useRecordContext<Trainee>();
  const results = useQuery({
    queryKey: juriesKeys.results(trainee?.id),
    queryFn: () => juriesApi.results(trainee!.id),
    enabled: !!trainee,
  });
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <ResultsView results={results} convocation={documentsApi.convocation} />
      {trainee && results.data && <PriorValidations traineeId={trainee.id} blocks={results.data.blocks} />}
    </Box>
  );
};

export default ResultsTab;
