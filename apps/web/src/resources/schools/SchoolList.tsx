import { NumberField, SearchInput, TextField } from 'react-admin';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const SchoolList = () => (
  <AppList
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    rowClick="edit"
    mobile={{ primary: (r) => r.name, secondary: (r) => r.slug, tertiary: (r) => r.accountCount }}
  >
    <TextField source="name" />
    <TextField source="slug" />
    <NumberField source="accountCount" />
    <DateTimeField source="createdAt" />
  </AppList>
);

export default SchoolList;
