import { FunctionField, ReferenceInput, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import type { ApplicationSummary } from '../../api/types';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';
import { ApplicationStatusField, statusChoices } from './fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <ReferenceInput key="cohortId" source="cohortId" reference="cohorts" sort={{ field: 'startDate', order: 'DESC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

const fullName = (r: ApplicationSummary) => `${r.lastName.toUpperCase()} ${r.firstName}`;

/** « Candidatures »: the applications received by the school, newest first. */
const ApplicationList = () => {
  const translate = useTranslate();
  return (
    <AppList
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={false}
      mobile={{
        primary: (r) => fullName(r as ApplicationSummary),
        secondary: (r) => `${r.reference} · ${r.cohortName}`,
        tertiary: (r) => translate(`app.applicationStatus.${r.status}`, { _: r.statusLabel }),
      }}
    >
      <TextField source="reference" />
      <FunctionField<ApplicationSummary> source="lastName" label="resources.applications.fields.name" render={fullName} />
      <TextField source="cohortName" />
      <ApplicationStatusField source="status" />
      <DateTimeField source="submittedAt" />
    </AppList>
  );
};

export default ApplicationList;
