import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApplicationDetail } from '../../api/types';
import { shortDay } from '../../lib/dates';

/** What the candidate declared: situation, diplomas, experience, hiring, funding, VAE, AFGSU. */
export const SituationCard = ({ application: a }: { application: ApplicationDetail }) => {
  const translate = useTranslate();
  const label = (prefix: string, value: string) => translate(`${prefix}.${value}`, { _: value });
  const lines = [
    translate('app.admissions.situation', { situation: label('app.situation', a.situation) }),
    a.diplomas.length
      ? translate('app.admissions.diplomas', { diplomas: a.diplomas.map((d) => label('app.diploma', d)).join(', ') })
      : translate('app.admissions.no_diploma'),
    translate('app.admissions.experience', { years: a.secretaryExperienceYears.toLocaleString('fr-FR') }),
    a.hiredAsAssistantOn &&
      translate('app.admissions.hired', {
        date: shortDay(a.hiredAsAssistantOn),
        employer: a.employerName ? translate('app.admissions.employer', { name: a.employerName }) : '',
      }),
    translate('app.admissions.funding', { funding: label('app.funding', a.fundingPath) }),
    a.vae && translate('app.admissions.vae', { hours: (a.vaeExperienceHours ?? 0).toLocaleString('fr-FR') }),
    a.afgsuLevel
      ? translate('app.admissions.afgsu', { level: a.afgsuLevel, date: shortDay(a.afgsuIssuedOn) })
      : translate('app.admissions.no_afgsu'),
  ].filter((line): line is string => !!line);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.admissions.situation_title')}
        </Typography>
        {lines.map((line) => (
          <Typography key={line} variant="body2">
            {line}
          </Typography>
        ))}
      </CardContent>
    </Card>
  );
};
