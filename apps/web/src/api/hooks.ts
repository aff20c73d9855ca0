import { useQuery } from '@tanstack/react-query';
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
