import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BoardPlacement } from '../../../api/placementBoard';
import { dayRange, formatDateTime } from '../../../lib/dates';
import { PlacementLink } from './PlacementLink';

/** Who is where this week: trainee, site, tutor, dates and whether the convention lets the placement run. */
export const PresentTable = ({ rows }: { rows: BoardPlacement[] }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.board.present.${key}`, options);
  return (
    <TableContainer>
      <Table size="small" aria-label={translate('app.board.menu')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('trainee')}</TableCell>
            <TableCell>{t('site')}</TableCell>
            <TableCell>{t('tutor')}</TableCell>
            <TableCell>{t('dates')}</TableCell>
            <TableCell>{t('convention')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.placementId}>
              <TableCell>
                <PlacementLink placementId={row.placementId} traineeName={row.traineeName} />
                <Typography variant="body2" color="text.secondary">
                  {row.cohortName} · {translate(`app.board.type.${row.type}`)}
                </Typography>
              </TableCell>
              <TableCell>{row.hostSiteName}</TableCell>
              <TableCell>
                {row.tutorName}
                {row.tutorPhone && (
                  <Typography variant="body2" color="text.secondary">
                    {row.tutorPhone}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {dayRange(row.startOn, row.endOn)}
                {row.startedAt && (
                  <Typography variant="body2" color="text.secondary">
                    {t('started', { date: formatDateTime(row.startedAt) })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={row.conventionSigned ? 'success' : 'error'}
                  label={t(row.conventionSigned ? 'signed' : 'not_signed')}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
