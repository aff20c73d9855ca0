import { AutocompleteInput, CreateButton, FunctionField, ReferenceInput, SearchInput, TextField, TopToolbar } from 'react-admin';
import type { Tutor } from '../../../api/internship';
import { AppList } from '../../../components/AppList';
import { tutorName } from '../tutorName';
import { SiteChips } from './SiteChips';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="hostSiteId" source="hostSiteId" reference="host-sites" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

const TutorList = () => (
  <AppList
    filters={filters}
    sort={{ field: 'lastName', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    mobile={{
      primary: (r) => tutorName(r as Tutor),
      secondary: (r) => `${r.professionLabel} · ${r.email}`,
      tertiary: (r) => (r as Tutor).hostSites.map((s) => s.name).join(', '),
    }}
  >
    <FunctionField<Tutor> source="lastName" render={tutorName} />
    <TextField source="professionLabel" />
    <TextField source="email" />
    <TextField source="phone" emptyText="—" />
    <SiteChips source="hostSites" />
  </AppList>
);

export default TutorList;
