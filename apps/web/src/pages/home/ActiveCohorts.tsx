import { Link as RouterLink } from 'react-router';
import { Button, Card, CardContent, LinearProgress, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Cohort } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dayRange, parisDay } from '../../lib/dates';
import { cohortPath } from '../../lib/paths';

/** Staff home: the cohorts running today, one tap from their planning. */
const ActiveCohorts = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<Cohort>('cohorts', {
    filter: { activeOn: parisDay() },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('app.dashboard.active_cohorts')}
        </Typography>
        {isPending && <LinearProgress />}
        <ErrorAlert error={error} />
        {data?.length === 0 && <Typography color="text.secondary">{translate('app.dashboard.no_active_cohort')}</Typography>}
        <List>
          {data?.map((cohort) => (
            <ListItemButton key={cohort.id} component={RouterLink} to={cohortPath(cohort.id, 'planning')} divider>
              <ListItemText
                primary={cohort.name}
                secondary={`${cohort.versionCode} · ${translate(`app.formats.${cohort.format}`)} · ${dayRange(cohort.startDate, cohort.endDate)}`}
              />
            </ListItemButton>
          ))}
        </List>
        <Button component={RouterLink} to="/cohorts">
          {translate('app.dashboard.all_cohorts')}
        </Button>
      </CardContent>
    </Card>
  );
};

export default ActiveCohorts;
