import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  LinearProgress,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { juriesApi, juriesKeys } from '../../api/juries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../lib/dates';
import { juryPath } from '../../lib/juries';
import { Paging } from '../../components/Paging';
import { NewJuryDialog } from './NewJuryDialog';

const PAGE_SIZE = 25;
const COLUMNS = ['date', 'president', 'members', 'decisions'] as const;

/** The jury sessions, newest first: date, president, members, decisions recorded; « Nouveau jury ». */
const JuryList = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const juries = useQuery({
    queryKey: [...juriesKeys.list, page],
    queryFn: () => juriesApi.list(page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const total = juries.data?.total ?? 0;
  return (
    <Box>
      <Title title="app.juries.title" />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {translate('app.juries.title')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {translate('app.juries.list.new')}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2, maxWidth: 960 }}>
        {translate('app.juries.intro')}
      </Typography>
      {juries.isFetching && <LinearProgress sx={{ mb: 1 }} />}
      <ErrorAlert error={juries.error} />
      {juries.data?.items.length === 0 && <Typography color="text.secondary">{translate('app.juries.list.empty')}</Typography>}
      {!!juries.data?.items.length && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={translate('app.juries.list.label')}>
            <TableHead>
              <TableRow>
                {COLUMNS.map((column) => (
                  <TableCell key={column} align={column === 'decisions' ? 'right' : 'left'}>
                    {translate(`app.juries.list.${column}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {juries.data.items.map((jury) => (
                <TableRow key={jury.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(juryPath(jury.id))}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Link component={RouterLink} to={juryPath(jury.id)} onClick={(event) => event.stopPropagation()}>
                      {formatDay(jury.date)}
                    </Link>
                  </TableCell>
                  <TableCell>{jury.president}</TableCell>
                  <TableCell>{jury.members.join(', ') || '—'}</TableCell>
                  <TableCell align="right">{jury.decisionCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {total > PAGE_SIZE && <Paging total={total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />}
      <NewJuryDialog open={creating} onClose={() => setCreating(false)} />
    </Box>
  );
};

export default JuryList;
