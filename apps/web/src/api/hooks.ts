import { useQuery } from '@tanstack/react-query';
import { progressApi } from './progress';
import { referentialApi } from './referential';

/** Certification versions, fetched once per page load (they change with a new referential only). */
export function useVersions() {
  return useQuery({ queryKey: ['referential', 'versions'], queryFn: referentialApi.versions, staleTime: Infinity });
}

/** One version of the referential (blocks and modules), e.g. the one a cohort follows. */
export function useVersion(versionId: string | undefined) {
  const versions = useVersions();
  return { ...versions, data: versions.data?.find((version) => version.id === versionId) };
}

export const traineeProgressKey = (traineeId: string | undefined) => ['progress', traineeId];

/** A trainee's hours per block and calendar link (staff view). */
export function useTraineeProgress(traineeId: string | undefined) {
  return useQuery({
    queryKey: traineeProgressKey(traineeId),
    queryFn: () => progressApi.progress(traineeId!),
    enabled: !!traineeId,
  });
}

export const myProgressKey = ['me', 'progress'];

/** The signed-in trainee's hours per block and calendar link. */
export function useMyProgress() {
  return useQuery({ queryKey: myProgressKey, queryFn: progressApi.myProgress });
}
