import { Alert, Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttendanceSheet } from '../../api/types';
import { SessionSummary } from '../../components/SessionSummary';
import { formatDateTime, parisDay, parisTime } from '../../lib/dates';

/** The time alone when it is today, else date and time. */
const moment = (instant: string) => (parisDay(new Date(instant)) === parisDay() ? parisTime(instant) : formatDateTime(instant));

/** The session, then where the signing window stands and whether the sheet is countersigned. */
export const SheetHeader = ({ sheet, now }: { sheet: AttendanceSheet; now: number }) => {
  const translate = useTranslate();
  const opens = Date.parse(sheet.signingOpensAt);
  const closes = Date.parse(sheet.signingClosesAt);
  const signed = sheet.lines.filter((line) => line.signedAt).length;
  const banner =
    now < opens
      ? { severity: 'info' as const, text: translate('app.attendance.window.not_open', { time: moment(sheet.signingOpensAt) }) }
      : now <= closes
        ? { severity: 'success' as const, text: translate('app.attendance.window.open', { time: moment(sheet.signingClosesAt) }) }
        : { severity: 'warning' as const, text: translate('app.attendance.window.closed', { time: moment(sheet.signingClosesAt) }) };
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <SessionSummary session={sheet.session} showCohort />
      <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
        <Alert severity={banner.severity}>{banner.text}</Alert>
        {sheet.countersignedAt && (
          <Alert severity="success">{translate('app.attendance.countersigned_on', { date: formatDateTime(sheet.countersignedAt) })}</Alert>
        )}
        <Typography variant="body2" color="text.secondary">
          {translate('app.attendance.signed_count', { smart_count: signed, total: sheet.lines.length })}
        </Typography>
      </Box>
    </Paper>
  );
};
