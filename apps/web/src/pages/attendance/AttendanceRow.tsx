import type { ReactNode } from 'react';
import DrawIcon from '@mui/icons-material/Draw';
import { Box, Chip, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttendanceLine, AttendanceStatus } from '../../api/types';
import { parisTime } from '../../lib/dates';
import { formatMinutes } from '../../lib/duration';
import { StatusButtons } from './StatusButtons';

interface Props {
  line: AttendanceLine;
  disabled: (status: AttendanceStatus) => boolean;
  onChoose: (line: AttendanceLine, status: AttendanceStatus) => void;
  /** Staff only: the justification document of an excused absence. */
  document?: ReactNode;
}

/** One trainee of the sheet: name, their signature (or none yet), the status buttons. */
export const AttendanceRow = ({ line, disabled, onChoose, document }: Props) => {
  const translate = useTranslate();
  const name = `${line.lastName} ${line.firstName}`;
  const details = [
    line.status === 'late' && line.attendedMinutes != null
      ? translate('app.attendance.attended', { duration: formatMinutes(line.attendedMinutes) })
      : null,
    line.justification,
  ].filter(Boolean);
  return (
    <Paper
      component="li"
      variant="outlined"
      aria-label={name}
      sx={{ listStyle: 'none', p: 2, display: 'flex', gap: 2, alignItems: { md: 'center' }, flexDirection: { xs: 'column', md: 'row' } }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography variant="h6" component="h3" sx={{ fontSize: 18 }}>
          {name}
        </Typography>
        {line.signedAt ? (
          <Chip
            icon={<DrawIcon />}
            color="success"
            size="small"
            label={translate('app.attendance.signed_at', { time: parisTime(line.signedAt) })}
          />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('app.attendance.not_signed')}
          </Typography>
        )}
        {details.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {details.join(' · ')}
          </Typography>
        )}
        {line.status === 'excused' && document}
      </Box>
      <StatusButtons value={line.status} disabled={disabled} onChoose={(status) => onChoose(line, status)} />
    </Paper>
  );
};
