import { LinearProgress } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useTraineeProgress } from '../../api/hooks';
import type { Trainee } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProgressView } from '../../components/hours/ProgressView';

/** « Heures »: the trainee's hours per block. */
const HoursTab = () => {
  const trainee = useRecordContext<Trainee>();
  const progress = useTraineeProgress(trainee?.id);
  if (progress.isPending) return <LinearProgress />;
  if (progress.error) return <ErrorAlert error={progress.error} />;
  return <ProgressView progress={progress.data} />;
};

export default HoursTab;
