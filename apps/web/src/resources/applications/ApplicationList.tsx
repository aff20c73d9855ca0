import { FunctionField, NumberField, ReferenceInput, SearchInput, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import type { ApplicationSummary } from '../../api/types';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';
import { enumChoices } from '../../components/EnumField';
import { ELIGIBILITIES, MISSING_DOCUMENTS_CHOICES, eligibilityOf } from '../../lib/applications';
import { EligibilityField } from './EligibilityField';
import { ExportButton } from './ExportButton';
import { ApplicationStatusField, statusChoices } from './fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <ReferenceInput key="cohortId" source="cohortId" reference="cohorts" sort={{ field: 'startDate', order: 'DESC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="missingDocuments" source="missingDocuments" choices={MISSING_DOCUMENTS_CHOICES} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="eligibility" source="eligibility" choices={enumChoices(ELIGIBILITIES, 'app.eligibility')} alwaysOn />,
];

const fullName = (r: ApplicationSummary) => `${r.lastName.toUpperCase()} ${r.firstName}`;

/** « Candidatures »: the applications received by the school, newest first, and their export. */
const ApplicationList = () => {
  const translate = useTranslate();
  const missing = (r: ApplicationSummary) =>
    r.missingDocuments > 0 ? ` · ${translate('app.admissions.missing_count', { smart_count: r.missingDocuments })}` : '';
  return (
    <AppList
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={
        <TopToolbar>
          <ExportButton />
        </TopToolbar>
      }
      mobile={{
        primary: (r) => fullName(r as ApplicationSummary),
        secondary: (r) => (
          <>
            {`${r.reference} · ${r.cohortName}`}
            <br />
            {`${translate(`app.eligibility.${eligibilityOf(r as ApplicationSummary)}`)}${missing(r as ApplicationSummary)}`}
          </>
        ),
        tertiary: (r) => translate(`app.applicationStatus.${r.status}`, { _: r.statusLabel }),
      }}
    >
      <TextField source="reference" />
      <FunctionField<ApplicationSummary> source="lastName" label="resources.applications.fields.name" render={fullName} />
      <TextField source="cohortName" />
      <ApplicationStatusField source="status" />
      <EligibilityField source="eligibility" label="resources.applications.fields.eligibility" />
      <NumberField source="missingDocuments" textAlign="center" />
      <DateTimeField source="submittedAt" />
    </AppList>
  );
};

export default ApplicationList;
