import { Link as RouterLink } from 'react-router';
import {
  Box,
  Link,
  List,
  ListItemButton,
  ListItemText,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfgsuOverviewRow } from '../../../api/afgsu';
import { AfgsuStatusChip } from '../../../components/afgsu/AfgsuStatusChip';
import { traineeAfgsuPath } from '../../../lib/afgsu';
import { shortDay } from '../../../lib/dates';

const COLUMNS = ['trainee', 'cohortName', 'status', 'expiresOn', 'explanation'] as const;
const fullName = (row: AfgsuOverviewRow) => `${row.lastName.toUpperCase()} ${row.firstName}`;

/** The trainees with their AFGSU status, each one a link to their AFGSU tab; a list on a phone. */
export const OverviewTable = ({ rows }: { rows: AfgsuOverviewRow[] }) => {
  const translate = useTranslate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  if (rows.length === 0)
    return (
      <Typography sx={{ py: 2 }} color="text.secondary">
        {translate('app.afgsu.overview.empty')}
      </Typography>
    );

  if (isSmall) {
    return (
      <List aria-label={translate('app.afgsu.overview.table')} disablePadding>
        {rows.map((row) => (
          <ListItemButton key={row.traineeId} component={RouterLink} to={traineeAfgsuPath(row.traineeId)} divider>
            <ListItemText
              primary={
                <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                  <span>{fullName(row)}</span>
                  <AfgsuStatusChip status={row.status} />
                </Box>
              }
              secondary={`${row.cohortName} · ${row.explanation}`}
            />
          </ListItemButton>
        ))}
      </List>
    );
  }

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={translate('app.afgsu.overview.table')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
                {translate(column === 'status' ? 'app.afgsu.overview.status' : `app.afgsu.overview.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.traineeId} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link component={RouterLink} to={traineeAfgsuPath(row.traineeId)}>
                  {fullName(row)}
                </Link>
              </TableCell>
              <TableCell>{row.cohortName}</TableCell>
              <TableCell>
                <AfgsuStatusChip status={row.status} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDay(row.expiresOn)}</TableCell>
              <TableCell sx={{ color: 'text.secondary', minWidth: 200 }}>{row.explanation}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
