import { Box, LinearProgress } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TraineeResults } from '../../api/juries';
import type { ConvocationLoader } from './AttemptItem';
import { ErrorAlert } from '../ErrorAlert';
import { BlockResultCard } from './BlockResultCard';

/** A trainee's results, one card per block (« Mes résultats » and the trainee's « Résultats » tab). */
export const ResultsView = ({ results, convocation }: { results: UseQueryResult<TraineeResults>; convocation: ConvocationLoader }) => {
  if (results.isPending) return <LinearProgress />;
  if (results.error) return <ErrorAlert error={results.error} />;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {results.data.blocks.map((block) => (
        <BlockResultCard key={block.blockId} block={block} convocation={convocation} />
      ))}
    </Box>
  );
};
