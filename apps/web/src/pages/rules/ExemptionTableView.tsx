import {
  Box,
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
import type { CertificationVersion, ExemptionTableLine } from '../../api/types';
import { formatShare, targetLabel } from './exemptions';

interface Props {
  rows: ExemptionTableLine[];
  blocks: CertificationVersion['blocks'];
}

const keyOf = (row: ExemptionTableLine) => `${row.diploma}-${row.blockCode}-${row.moduleCode ?? ''}`;

/** The exemption table as read: diploma, block or module, share exempted, justification (one card per line on a phone). */
export const ExemptionTableView = ({ rows, blocks }: Props) => {
  const translate = useTranslate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const diploma = (row: ExemptionTableLine) => translate(`app.diploma.${row.diploma}`, { _: row.diploma });
  const target = (row: ExemptionTableLine) => targetLabel(blocks, row, translate('app.rules.exemptions.whole_block'));
  if (rows.length === 0) return <Typography color="text.secondary">{translate('app.rules.exemptions.empty')}</Typography>;
  if (isSmall) {
    return (
      <Box component="ul" aria-label={translate('app.rules.exemptions.title')} sx={{ p: 0, m: 0, display: 'grid', gap: 1 }}>
        {rows.map((row) => (
          <Paper key={keyOf(row)} component="li" variant="outlined" sx={{ listStyle: 'none', p: 1.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {`${target(row)} · ${formatShare(row.share)}`}
            </Typography>
            <Typography variant="body2">{diploma(row)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {row.reason}
            </Typography>
          </Paper>
        ))}
      </Box>
    );
  }
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={translate('app.rules.exemptions.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.rules.exemptions.diploma')}</TableCell>
            <TableCell>{translate('app.rules.exemptions.target')}</TableCell>
            <TableCell align="right">{translate('app.rules.exemptions.share')}</TableCell>
            <TableCell>{translate('app.rules.exemptions.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={keyOf(row)}>
              <TableCell>{diploma(row)}</TableCell>
              <TableCell>{target(row)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatShare(row.share)}
              </TableCell>
              <TableCell>{row.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
