import { Link as RouterLink } from 'react-router';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, alpha } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CohortDashboard, LedgerTotals } from '../../../api/types';
import { formatMinutes, formatRate } from '../../../lib/duration';
import { traineePath } from '../../../lib/paths';

/** « 12 h 30 / 77 h », the absence rate, and a warning over the threshold. */
const HoursCell = ({ figures, over }: { figures: LedgerTotals; over: boolean }) => {
  const translate = useTranslate();
  return (
    <TableCell sx={{ whiteSpace: 'nowrap', bgcolor: (theme) => (over ? alpha(theme.palette.warning.main, 0.16) : undefined) }}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {formatMinutes(figures.attendedMinutes)}
      </Box>
      {` / ${formatMinutes(figures.requiredMinutes)}`}
      <Box sx={{ fontSize: 12, color: 'text.secondary', display: 'flex', alignItems: 'center', gap: 0.5 }}>
        {translate('app.cohort_dashboard.absence', { rate: formatRate(figures.absenceRate) })}
        {over && (
          <Tooltip title={translate('app.cohort_dashboard.warning')}>
            <WarningAmberIcon fontSize="inherit" color="warning" aria-label={translate('app.cohort_dashboard.warning')} />
          </Tooltip>
        )}
      </Box>
    </TableCell>
  );
};

/** Trainees × blocks: attended / required hours and absence rate in each cell. */
export const DashboardTable = ({ dashboard }: { dashboard: CohortDashboard }) => {
  const translate = useTranslate();
  const threshold = dashboard.absenceThresholdPercent;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={translate('app.cohort_dashboard.table')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 }}>
              {translate('app.cohort_dashboard.trainee')}
            </TableCell>
            {dashboard.blocks.map((block) => (
              <TableCell key={block.blockId}>
                <Tooltip title={block.title}>
                  <span>{block.code}</span>
                </Tooltip>
              </TableCell>
            ))}
            <TableCell>{translate('app.progress.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {dashboard.trainees.map((trainee) => (
            <TableRow key={trainee.traineeId} hover>
              <TableCell component="th" scope="row" sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 }}>
                <Link component={RouterLink} to={traineePath(trainee.traineeId)}>
                  {`${trainee.lastName} ${trainee.firstName}`}
                </Link>
              </TableCell>
              {dashboard.blocks.map((block) => {
                const figures = trainee.blocks.find((row) => row.blockId === block.blockId);
                return figures ? (
                  <HoursCell key={block.blockId} figures={figures} over={figures.overThreshold} />
                ) : (
                  <TableCell key={block.blockId}>—</TableCell>
                );
              })}
              <HoursCell figures={trainee.totals} over={trainee.totals.absenceRate * 100 > threshold} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
