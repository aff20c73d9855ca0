import { LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import { progressApi } from '../../api/progress';
import type { Trainee } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProgressView } from '../../components/hours/ProgressView';

/** « Heures »: the trainee's hours per block. */
const HoursTab = () => {
  const trainee = useRecordContext<Trainee>();
  const progress = useQuery({
    queryKey: ['progress', trainee?.id],
    queryFn: () => progressApi.progress(trainee!.id),
    enabled: !!trainee,
  });
  if (progress.isPending) return <LinearProgress />;
  if (progress.error) return <ErrorAlert error={progress.error} />;
  return <ProgressView progress={progress.data} />;
};

export default HoursTab;
