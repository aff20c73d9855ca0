import { useQuery } from '@tanstack/react-query';
import { ListContextProvider, Loading, ResourceContextProvider, useDataProvider, useList, useRecordContext } from 'react-admin';
import type { Placement, Tutor } from '../../../api/internship';
import { PlacementRows } from '../placements/PlacementRows';

/** The placements the tutor supervises: those of their host sites naming them (newest first). */
export const TutorPlacements = () => {
  const tutor = useRecordContext<Tutor>();
  const dataProvider = useDataProvider();
  const { data, isPending } = useQuery({
    queryKey: ['tutors', tutor?.id, 'placements'],
    enabled: !!tutor,
    queryFn: async () => {
      const pages = await Promise.all(
        tutor!.hostSites.map((site) =>
          dataProvider.getManyReference<Placement>('placements', {
            target: 'hostSiteId',
            id: site.id,
            pagination: { page: 1, perPage: 100 },
            sort: { field: 'startOn', order: 'DESC' },
            filter: {},
          }),
        ),
      );
      return pages
        .flatMap((page) => page.data)
        .filter((p) => p.tutorId === tutor!.id)
        .sort((a, b) => b.startOn.localeCompare(a.startOn));
    },
  });
  const list = useList({ data: data ?? [], resource: 'placements', perPage: 100 });
  if (isPending && tutor) return <Loading />;
  return (
    <ResourceContextProvider value="placements">
      <ListContextProvider value={list}>
        <PlacementRows hide="tutorName" />
      </ListContextProvider>
    </ResourceContextProvider>
  );
};
