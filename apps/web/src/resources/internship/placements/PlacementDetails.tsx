import EmailIcon from '@mui/icons-material/Email';
import PhoneIcon from '@mui/icons-material/Phone';
import { Box, Chip, Divider, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router';
import { useCreatePath, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { Placement, Tutor } from '../../../api/internship';
import { useVersion } from '../../../api/hooks';
import type { Cohort, Trainee } from '../../../api/types';
import { formatDay } from '../../../lib/dates';
import { SectionCard } from '../SectionCard';

/** Trainee, host site, tutor (with e-mail and phone), type, dates, planned hours, objectives per block. */
export const PlacementDetails = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const placement = useRecordContext<Placement>();
  const { data: tutor } = useGetOne<Tutor>('tutors', { id: placement?.tutorId ?? '' }, { enabled: !!placement });
  const { data: trainee } = useGetOne<Trainee>('trainees', { id: placement?.traineeId ?? '' }, { enabled: !!placement });
  const { data: cohort } = useGetOne<Cohort>('cohorts', { id: trainee?.cohortId ?? '' }, { enabled: !!trainee });
  const { data: version } = useVersion(cohort?.versionId);
  if (!placement) return null;
  const link = (resource: string, id: string, text: string) => (
    <MuiLink component={Link} to={createPath({ resource, id, type: 'show' })}>
      {text}
    </MuiLink>
  );
  const block = (id: string) => version?.blocks.find((b) => b.id === id);
  return (
    <SectionCard title="app.internship.placement.details">
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
        <Chip
          size="small"
          color={placement.type === 'stage' ? 'primary' : 'secondary'}
          label={translate(`app.internship.types.${placement.type}`)}
        />
        <Typography>
          {translate('app.internship.placement.period', { start: formatDay(placement.startOn), end: formatDay(placement.endOn) })}
        </Typography>
        <Chip size="small" variant="outlined" label={translate('app.internship.placement.hours', { hours: placement.plannedHours })} />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
        <Box>
          <Typography variant="overline">{translate('app.internship.placement.trainee')}</Typography>
          <Typography>{link('trainees', placement.traineeId, placement.traineeName)}</Typography>
          {cohort && (
            <Typography variant="body2" color="text.secondary">
              {cohort.name}
            </Typography>
          )}
        </Box>
        <Box>
          <Typography variant="overline">{translate('app.internship.placement.site')}</Typography>
          <Typography>{link('host-sites', placement.hostSiteId, placement.hostSiteName)}</Typography>
        </Box>
        <Box>
          <Typography variant="overline">{translate('app.internship.placement.tutor')}</Typography>
          <Typography>{link('tutors', placement.tutorId, placement.tutorName)}</Typography>
          {tutor && (
            <Stack spacing={0.5} sx={{ mt: 0.5 }}>
              <Typography variant="body2" color="text.secondary">
                {tutor.professionLabel}
              </Typography>
              <MuiLink href={`mailto:${tutor.email}`} variant="body2" sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}>
                <EmailIcon fontSize="inherit" /> {tutor.email}
              </MuiLink>
              {tutor.phone && (
                <MuiLink
                  href={`tel:${tutor.phone.replace(/[^+\d]/g, '')}`}
                  variant="body2"
                  sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}
                >
                  <PhoneIcon fontSize="inherit" /> {tutor.phone}
                </MuiLink>
              )}
            </Stack>
          )}
        </Box>
      </Box>
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('app.internship.placement.objectives')}
      </Typography>
      {placement.objectives.length === 0 ? (
        <Typography variant="body2">{translate('app.internship.placement.no_objective')}</Typography>
      ) : (
        <Stack spacing={1}>
          {placement.objectives.map((objective, i) => (
            <Box key={i}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {block(objective.blockId) ? `${block(objective.blockId)!.code} — ${block(objective.blockId)!.title}` : objective.blockId}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                {objective.text}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
};
