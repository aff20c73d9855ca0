import { useQuery, useQueryClient } from '@tanstack/react-query';
import { juriesKeys } from '../../../api/juries';
import { priorValidationsApi, priorValidationsKeys, type PriorValidation } from '../../../api/priorValidations';

/** A trainee's prior validations; a change replaces the list and refreshes the results (and the jury boards). */
export function usePriorValidations(traineeId: string) {
  const queryClient = useQueryClient();
  const key = priorValidationsKeys.trainee(traineeId);
  const list = useQuery({ queryKey: key, queryFn: () => priorValidationsApi.list(traineeId) });
  const changed = (next: PriorValidation[]) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: juriesKeys.results(traineeId) });
    void queryClient.invalidateQueries({ queryKey: juriesKeys.all });
  };
  return { list, changed };
}
