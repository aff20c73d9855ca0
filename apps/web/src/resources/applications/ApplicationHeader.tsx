import EmailIcon from '@mui/icons-material/Email';
import PhoneIcon from '@mui/icons-material/Phone';
import SchoolIcon from '@mui/icons-material/School';
import { Box, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslate } from 'react-admin';
import type { ApplicationDetail } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { cohortPath } from '../../lib/paths';
import { ApplicationStatusField } from './fields';

/** Who applied, to which session, when; the status chip. */
export const ApplicationHeader = ({ application }: { application: ApplicationDetail }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {`${application.firstName} ${application.lastName}`}
        </Typography>
        <ApplicationStatusField source="status" />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('app.admissions.reference', { reference: application.reference })}
        {' · '}
        {application.submittedAt
          ? translate('app.admissions.submitted_on', { date: formatDateTime(application.submittedAt) })
          : translate('app.admissions.not_submitted')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { xs: 0.5, sm: 3 }, mt: 1, flexWrap: 'wrap' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <EmailIcon fontSize="small" color="action" />
          <Link href={`mailto:${application.email}`}>{application.email}</Link>
        </Box>
        {application.phone && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <PhoneIcon fontSize="small" color="action" />
            <Link href={`tel:${application.phone.replace(/\s/g, '')}`}>{application.phone}</Link>
          </Box>
        )}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <SchoolIcon fontSize="small" color="action" />
          <Link component={RouterLink} to={cohortPath(application.cohortId)}>
            {application.cohortName}
          </Link>
        </Box>
      </Stack>
    </Box>
  );
};
