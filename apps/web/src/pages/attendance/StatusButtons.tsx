import AccessTimeIcon from '@mui/icons-material/AccessTime';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttendanceStatus } from '../../api/types';
import { ATTENDANCE_STATUSES, STATUS_COLORS } from '../../lib/attendance';

const ICONS = {
  present: <CheckIcon />,
  late: <AccessTimeIcon />,
  absent: <CloseIcon />,
  excused: <EventBusyIcon />,
} as const;

interface Props {
  value: AttendanceStatus | null;
  /** Statuses that cannot be chosen now (e.g. before the session starts, all but « Excusé »). */
  disabled: (status: AttendanceStatus) => boolean;
  onChoose: (status: AttendanceStatus) => void;
}

/** Big touch-friendly buttons: Présent, En retard, Absent, Excusé. */
export const StatusButtons = ({ value, disabled, onChoose }: Props) => {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup
      value={value}
      exclusive
      onChange={(_, next: AttendanceStatus | null) => next && onChoose(next)}
      sx={{
        display: 'grid',
        gap: 1,
        gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(4, 1fr)' },
        width: { xs: '100%', md: 'auto' },
        // Separate buttons rather than a joined bar: easier to hit with a finger.
        '& .MuiToggleButtonGroup-grouped': { borderRadius: 2, border: 1, borderColor: 'divider', m: 0 },
      }}
    >
      {ATTENDANCE_STATUSES.map((status) => (
        <ToggleButton
          key={status}
          value={status}
          color={STATUS_COLORS[status]}
          disabled={disabled(status)}
          sx={{ minHeight: 56, minWidth: 112, gap: 0.75, textTransform: 'none', fontSize: 15 }}
        >
          {ICONS[status]}
          {translate(`app.attendance_status.${status}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
