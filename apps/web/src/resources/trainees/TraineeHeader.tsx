import EmailIcon from '@mui/icons-material/Email';
import PhoneIcon from '@mui/icons-material/Phone';
import SchoolIcon from '@mui/icons-material/School';
import { Box, Link, Stack, Typography } from '@mui/material';
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Trainee } from '../../api/types';
import { formatDateTime, shortDay } from '../../lib/dates';
import { TraineeStatusField } from './fields';

/** Identity of the trainee: name, status, contact, cohort, entry date. */
export const TraineeHeader = () => {
  const translate = useTranslate();
  const trainee = useRecordContext<Trainee>();
  if (!trainee) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {`${trainee.firstName} ${trainee.lastName}`}
        </Typography>
        <TraineeStatusField source="status" />
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { xs: 0.5, sm: 3 }, mt: 1, flexWrap: 'wrap' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <EmailIcon fontSize="small" color="action" />
          <Link href={`mailto:${trainee.email}`}>{trainee.email}</Link>
        </Box>
        {trainee.phone && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <PhoneIcon fontSize="small" color="action" />
            <Link href={`tel:${trainee.phone.replace(/\s/g, '')}`}>{trainee.phone}</Link>
          </Box>
        )}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <SchoolIcon fontSize="small" color="action" />
          <ReferenceField source="cohortId" reference="cohorts" link="show">
            <TextField source="name" />
          </ReferenceField>
        </Box>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {`${translate('app.trainees.joined_on', { date: shortDay(trainee.joinedOn) })} · ${translate('app.trainees.enrolled_on', { date: formatDateTime(trainee.createdAt) })}`}
      </Typography>
    </Box>
  );
};
