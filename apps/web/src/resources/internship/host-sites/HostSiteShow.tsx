import { Stack, Typography } from '@mui/material';
import {
  Datagrid,
  EditButton,
  FunctionField,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { HostSite } from '../../../api/internship';
import { KindField } from '../fields';
import { tutorName } from '../tutorName';
import { PlacementRows } from '../placements/PlacementRows';
import { SectionCard } from '../SectionCard';

const Contacts = () => {
  const translate = useTranslate();
  const site = useRecordContext<HostSite>();
  if (!site) return null;
  if (site.contacts.length === 0) return <Typography variant="body2">{translate('app.internship.site.no_contact')}</Typography>;
  return (
    <Stack spacing={1}>
      {site.contacts.map((c, i) => (
        <Typography key={i} variant="body2">
          <strong>{c.name}</strong>
          {[c.role, c.email, c.phone].filter(Boolean).map((part) => ` · ${part}`)}
        </Typography>
      ))}
    </Stack>
  );
};

/** A host site: its details and contacts, its tutors, its placements. */
const HostSiteShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <Stack spacing={2} sx={{ p: 2 }}>
        <SimpleShowLayout sx={{ p: 0 }}>
          <TextField source="name" variant="h5" label={false} />
          <KindField source="kind" />
          <TextField source="speciality" emptyText="—" />
          <FunctionField<HostSite> source="address" render={(h) => `${h.address}, ${h.postalCode} ${h.city}`} />
          <TextField source="siret" emptyText="—" />
          <NumberField source="capacity" />
        </SimpleShowLayout>
        <SectionCard title="app.internship.site.contacts">
          <Contacts />
        </SectionCard>
        <SectionCard title="app.internship.site.tutors">
          <ReferenceManyField reference="tutors" target="hostSiteId" perPage={25} pagination={<Pagination />}>
            <Datagrid
              rowClick="show"
              bulkActionButtons={false}
              empty={<Typography variant="body2">{translate('app.internship.site.no_tutor')}</Typography>}
            >
              <FunctionField source="name" render={tutorName} />
              <TextField source="professionLabel" />
              <TextField source="email" />
              <TextField source="phone" emptyText="—" />
            </Datagrid>
          </ReferenceManyField>
        </SectionCard>
        <SectionCard title="app.internship.site.placements">
          <ReferenceManyField reference="placements" target="hostSiteId" perPage={25} pagination={<Pagination />}>
            <PlacementRows hide="hostSiteName" />
          </ReferenceManyField>
        </SectionCard>
      </Stack>
    </Show>
  );
};

export default HostSiteShow;
