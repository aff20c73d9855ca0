import { AutocompleteInput, CreateButton, DateInput, ReferenceInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import type { Placement } from '../../../api/internship';
import { AppList } from '../../../components/AppList';
import { dayRange } from '../../../lib/dates';
import { placementColumns } from './PlacementRows';

const filters = [
  <ReferenceInput key="cohortId" source="cohortId" reference="cohorts" alwaysOn>
    <SelectInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="hostSiteId" source="hostSiteId" reference="host-sites" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <DateInput key="activeOn" source="activeOn" alwaysOn />,
];

const PlacementList = () => {
  const translate = useTranslate();
  return (
    <AppList
      filters={filters}
      sort={{ field: 'startOn', order: 'DESC' }}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      mobile={{
        primary: (r) => r.traineeName,
        secondary: (r) => `${dayRange(r.startOn, r.endOn)} · ${r.hostSiteName} · ${r.tutorName}`,
        tertiary: (r) => translate(`app.internship.types.${(r as Placement).type}`),
      }}
    >
      {placementColumns()}
    </AppList>
  );
};

export default PlacementList;
