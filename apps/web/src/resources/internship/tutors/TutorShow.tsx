import { Stack } from '@mui/material';
import { EditButton, FunctionField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import type { Tutor } from '../../../api/internship';
import { tutorName } from '../tutorName';
import { SectionCard } from '../SectionCard';
import { SiteChips } from './SiteChips';
import { TutorPlacements } from './TutorPlacements';

/** A tutor: profession, RPPS, contact, host sites, and the placements they supervise. */
const TutorShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <Stack spacing={2} sx={{ p: 2 }}>
      <SimpleShowLayout sx={{ p: 0 }}>
        <FunctionField<Tutor> source="lastName" label={false} variant="h5" render={tutorName} />
        <TextField source="professionLabel" />
        <TextField source="rpps" emptyText="—" />
        <TextField source="email" />
        <TextField source="phone" emptyText="—" />
        <SiteChips source="hostSites" />
      </SimpleShowLayout>
      <SectionCard title="app.internship.tutor.placements">
        <TutorPlacements />
      </SectionCard>
    </Stack>
  </Show>
);

export default TutorShow;
