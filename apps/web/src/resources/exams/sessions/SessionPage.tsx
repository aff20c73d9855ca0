import { Link as RouterLink, useParams } from 'react-router';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import AccessTimeIcon from '@mui/icons-material/AccessTime';
import PlaceIcon from '@mui/icons-material/Place';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { examKeys, examSessionsApi, type ExamSessionDetail } from '../../../api/exams';
import { useVersion } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EXAM_SESSIONS_PATH } from '../../../lib/exams';
import { isStaffRole } from '../../../lib/roles';
import { SessionBlock } from './SessionBlock';
import { sessionWhen } from './sessionText';

/** One exam session: when and where, then per block its épreuves, the trainees convened, « Convoquer » and the marks. */
const SessionPage = () => {
  const translate = useTranslate();
  const { id } = useParams();
  const { permissions: role } = usePermissions();
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: examKeys.session(id), queryFn: () => examSessionsApi.get(id!), enabled: !!id });
  const version = useVersion(session.data?.versionId);

  const back = (
    <Button component={RouterLink} to={EXAM_SESSIONS_PATH} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
      {translate('app.exams.session.back')}
    </Button>
  );
  if (session.isPending) return <LinearProgress />;
  if (session.error)
    return (
      <>
        {back}
        <ErrorAlert error={session.error} />
      </>
    );

  const data = session.data;
  const changed = (next: ExamSessionDetail) => {
    queryClient.setQueryData(examKeys.session(next.id), next);
    void queryClient.invalidateQueries({ queryKey: examKeys.sessions });
    void queryClient.invalidateQueries({ queryKey: examKeys.grids(next.id) });
  };
  // The blocks sitting, in the referential's order.
  const blockIds = [...new Set(data.assessments.map((assessment) => assessment.blockId))];
  const order = (blockId: string) => version.data?.blocks.findIndex((block) => block.id === blockId) ?? 0;
  blockIds.sort((a, b) => order(a) - order(b));

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Title title={data.name} />
      {back}
      <Typography variant="h5" component="h1">
        {data.name}
      </Typography>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', color: 'text.secondary', my: 1 }}>
        <Typography sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <AccessTimeIcon fontSize="small" />
          {sessionWhen(data, translate)}
        </Typography>
        <Typography sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <PlaceIcon fontSize="small" />
          {data.place}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
        {blockIds.map((blockId) => (
          <SessionBlock
            key={blockId}
            session={data}
            block={version.data?.blocks.find((block) => block.id === blockId)}
            blockId={blockId}
            canConvene={isStaffRole(role)}
            onChange={changed}
          />
        ))}
      </Box>
    </Box>
  );
};

export default SessionPage;
