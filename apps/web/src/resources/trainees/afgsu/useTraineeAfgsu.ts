import { useQuery, useQueryClient } from '@tanstack/react-query';
import { afgsuApi, afgsuKeys, type TraineeAfgsu } from '../../../api/afgsu';

/** A trainee's AFGSU (status and attestations); `changed` stores the API's new answer and refreshes the school's overview. */
export function useTraineeAfgsu(traineeId: string | undefined) {
  const queryClient = useQueryClient();
  const queryKey = afgsuKeys.trainee(traineeId);
  const query = useQuery({ queryKey, queryFn: () => afgsuApi.trainee(traineeId!), enabled: !!traineeId });
  const changed = (next: TraineeAfgsu) => {
    queryClient.setQueryData(queryKey, next);
    void queryClient.invalidateQueries({ queryKey: afgsuKeys.overview });
  };
  return { ...query, changed };
}
