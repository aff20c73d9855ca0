import { Link as RouterLink, useParams } from 'react-router';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { examKeys, examSessionsApi, type MarksGrid } from '../../../api/exams';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { examSessionPath } from '../../../lib/exams';
import { sessionWhen } from '../sessions/sessionText';
import { MarksSheet } from './MarksSheet';

/** « Notes — BC01 »: the marks grid of a block at an exam session (staff, school admin and trainers). */
const MarksGridPage = () => {
  const translate = useTranslate();
  const { id, blockId } = useParams();
  const queryClient = useQueryClient();
  const queryKey = examKeys.grid(id, blockId);
  // No refetch behind the typist's back: the grid changes when it is saved.
  const grid = useQuery({
    queryKey,
    queryFn: () => examSessionsApi.grid(id!, blockId!),
    enabled: !!id && !!blockId,
    refetchOnWindowFocus: false,
  });
  const session = useQuery({ queryKey: examKeys.session(id), queryFn: () => examSessionsApi.get(id!), enabled: !!id });
  const saved = (next: MarksGrid) => queryClient.setQueryData(queryKey, next);
  const title = grid.data ? translate('app.exams.grid.title', { block: grid.data.blockCode }) : translate('app.exams.grid.title_loading');

  return (
    <Box sx={{ minWidth: 0 }}>
      <Title title={title} />
      {id && (
        <Button component={RouterLink} to={examSessionPath(id)} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
          {translate('app.exams.grid.back')}
        </Button>
      )}
      <Typography variant="h5" component="h1">
        {title}
      </Typography>
      {session.data && (
        <Typography color="text.secondary">{`${session.data.name} · ${sessionWhen(session.data, translate)} · ${session.data.place}`}</Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 900 }}>
        {translate('app.exams.grid.help')}
      </Typography>
      {grid.isPending && <LinearProgress />}
      <ErrorAlert error={grid.error} />
      {grid.data && grid.data.rows.length === 0 && <Typography color="text.secondary">{translate('app.exams.grid.empty')}</Typography>}
      {grid.data && grid.data.rows.length > 0 && <MarksSheet key={`${id}-${blockId}`} grid={grid.data} onSaved={saved} />}
    </Box>
  );
};

export default MarksGridPage;
