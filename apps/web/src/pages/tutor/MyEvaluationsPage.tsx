import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router';
import { Loading, Title, useTranslate } from 'react-admin';
import { tutorEvaluationsApi } from '../../api/tutorEvaluations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EvaluationStateChip } from '../../components/internship/evaluation/EvaluationStateChip';
import { formatDay, shortDay } from '../../lib/dates';
import { myEvaluationPath } from '../../lib/paths';

/** `/mes-evaluations`: a signed-in tutor's evaluations (trainee, site, due date, state). */
const MyEvaluationsPage = () => {
  const translate = useTranslate();
  const list = useQuery({ queryKey: ['my', 'tutor-evaluations'], queryFn: tutorEvaluationsApi.mine });
  return (
    <Box sx={{ maxWidth: 720, mt: 2 }}>
      <Title title={translate('app.evaluations.mine.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('app.evaluations.mine.title')}
      </Typography>
      <ErrorAlert error={list.error} />
      {list.isPending && <Loading />}
      {list.data?.length === 0 && <Typography color="text.secondary">{translate('app.evaluations.mine.empty')}</Typography>}
      {list.data?.map((e) => (
        <Card key={e.id} variant="outlined" sx={{ mb: 1 }}>
          <CardActionArea component={Link} to={myEvaluationPath(e.id)}>
            <CardContent>
              <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                <Typography sx={{ fontWeight: 600 }}>{e.traineeName}</Typography>
                <EvaluationStateChip state={e.state} />
              </Box>
              <Typography variant="body2" color="text.secondary">
                {translate('app.evaluations.header.site', { site: e.hostSiteName, start: shortDay(e.startOn), end: shortDay(e.endOn) })}
              </Typography>
              <Typography variant="body2">{translate('app.evaluations.header.due', { date: formatDay(e.dueOn) })}</Typography>
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Box>
  );
};

export default MyEvaluationsPage;
