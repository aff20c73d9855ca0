import { useState } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { CreateButton, NumberField, SearchInput, SelectInput, TextField, TopToolbar, useListContext, useTranslate } from 'react-admin';
import { hostSitesApi, type HostSite, type HostSiteKind } from '../../../api/internship';
import { AppList } from '../../../components/AppList';
import { FileButton } from '../../../components/FileButton';
import { KindField, kindChoices } from '../fields';
import { ImportHostSitesDialog } from './ImportHostSitesDialog';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />];

/** Créer, Exporter (the list's filters apply), Importer. */
const Actions = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const [importing, setImporting] = useState(false);
  const filter = { q: (filterValues.q as string) || undefined, kind: (filterValues.kind as HostSiteKind) || undefined };
  return (
    <TopToolbar>
      <CreateButton />
      <FileButton load={() => hostSitesApi.exportCsv(filter)} fallbackName="lieux-de-stage.csv">
        {translate('app.internship.export')}
      </FileButton>
      <Button startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
        {translate('app.internship.import.button')}
      </Button>
      <ImportHostSitesDialog open={importing} onClose={() => setImporting(false)} />
    </TopToolbar>
  );
};

const HostSiteList = () => {
  const translate = useTranslate();
  return (
    <AppList
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      actions={<Actions />}
      mobile={{
        primary: (r) => r.name,
        secondary: (r) => `${translate(`app.internship.kinds.${(r as HostSite).kind}`)} · ${r.postalCode} ${r.city}`,
        tertiary: (r) => translate('app.internship.site.capacity', { count: r.capacity }),
      }}
    >
      <TextField source="name" />
      <KindField source="kind" />
      <TextField source="speciality" />
      <TextField source="city" />
      <NumberField source="capacity" label="app.internship.site.capacity_column" />
      <NumberField source="tutorCount" />
    </AppList>
  );
};

export default HostSiteList;
