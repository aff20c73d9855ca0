import { useState } from 'react';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, useMediaQuery, type Theme } from '@mui/material';
import {
  Datagrid,
  EmailField,
  FunctionField,
  Pagination,
  ReferenceManyField,
  SimpleList,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Cohort, Trainee } from '../../../api/types';
import { shortDay } from '../../../lib/dates';
import { TraineeStatusField } from '../../trainees/fields';
import { AddTraineeDialog } from './AddTraineeDialog';
import { ImportTraineesDialog } from './ImportTraineesDialog';

/** « Stagiaires » tab: the cohort's trainees, adding one, importing a CSV file. */
export const TraineesTab = () => {
  const translate = useTranslate();
  const cohort = useRecordContext<Cohort>();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  if (!cohort) return null;
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialog('add')}>
          {translate('app.trainees.add')}
        </Button>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setDialog('import')}>
          {translate('app.trainees.import.button')}
        </Button>
      </Box>
      <ReferenceManyField
        reference="trainees"
        target="cohortId"
        sort={{ field: 'lastName', order: 'ASC' }}
        perPage={50}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={<Box sx={{ py: 2, color: 'text.secondary' }}>{translate('app.trainees.empty')}</Box>}
      >
        {isSmall ? (
          <SimpleList<Trainee>
            primaryText={(t) => `${t.lastName} ${t.firstName}`}
            secondaryText={(t) => `${t.email} · ${translate('app.trainees.joined_on', { date: shortDay(t.joinedOn) })}`}
            tertiaryText={(t) => translate(`app.traineeStatus.${t.status}`)}
            linkType="show"
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="lastName" />
            <TextField source="firstName" />
            <EmailField source="email" />
            <TextField source="phone" emptyText="—" sortable={false} />
            <FunctionField<Trainee> source="joinedOn" render={(t) => shortDay(t.joinedOn)} sortable={false} />
            <TraineeStatusField source="status" />
          </Datagrid>
        )}
      </ReferenceManyField>
      <AddTraineeDialog cohort={cohort} open={dialog === 'add'} onClose={() => setDialog(null)} />
      <ImportTraineesDialog cohortId={cohort.id} open={dialog === 'import'} onClose={() => setDialog(null)} />
    </Box>
  );
};
