import { CreateButton, FilterButton, FunctionField, SearchInput, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import type { Cohort } from '../../api/types';
import { AppList } from '../../components/AppList';
import { FormatField, formatChoices } from './fields';
import { dayRange } from '../../lib/dates';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="format" source="format" choices={formatChoices} alwaysOn />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

const traineesOf = (cohort: Cohort) => `${cohort.traineeCount} / ${cohort.capacity}`;

const CohortList = () => {
  const translate = useTranslate();
  return (
    <AppList
      filters={filters}
      sort={{ field: 'startDate', order: 'DESC' }}
      actions={<Actions />}
      mobile={{
        primary: (r) => r.name,
        secondary: (r) => `${r.versionCode} · ${translate(`app.formats.${r.format}`)} · ${dayRange(r.startDate, r.endDate)}`,
        tertiary: (r) => translate('resources.cohorts.traineeCount', { count: traineesOf(r as Cohort) }),
      }}
    >
      <TextField source="name" />
      <TextField source="versionCode" />
      <FormatField source="format" />
      <FunctionField<Cohort> source="startDate" label="resources.cohorts.fields.dates" render={(r) => dayRange(r.startDate, r.endDate)} />
      <FunctionField<Cohort> source="traineeCount" render={traineesOf} sortable={false} />
    </AppList>
  );
};

export default CohortList;
