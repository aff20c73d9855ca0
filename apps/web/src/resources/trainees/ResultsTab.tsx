import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import { juriesApi, juriesKeys } from '../../api/juries';
import type { Trainee } from '../../api/types';
import { ResultsView } from '../../components/results/ResultsView';

/** « Résultats »: the trainee's attempts, jury decisions and retakes per block (the same view as « Mes résultats »). */
const ResultsTab = () => {
  const trainee = useRecordContext<Trainee>();
  const results = useQuery({
    queryKey: juriesKeys.results(trainee?.id),
    queryFn: () => juriesApi.results(trainee!.id),
    enabled: !!trainee,
  });
  return <ResultsView results={results} />;
};

export default ResultsTab;
