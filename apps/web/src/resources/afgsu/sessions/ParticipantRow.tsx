import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Box, Chip, IconButton, Link, ToggleButton, ToggleButtonGroup, Tooltip, Typography } from '@mui/material';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { afgsuApi, type AfgsuAttendance, type AfgsuParticipant, type AfgsuSessionDetail } from '../../../api/afgsu';
import { errorMessage } from '../../../api/errors';
import { traineeAfgsuPath } from '../../../lib/afgsu';

interface Props {
  session: AfgsuSessionDetail;
  participant: AfgsuParticipant;
  /** The session has started: attendance may be recorded. */
  started: boolean;
  onChange: (session: AfgsuSessionDetail) => void;
}

/** A participant: name (their AFGSU tab), cohort, « Présent » / « Absent », attestation recorded, « Retirer ». */
export const ParticipantRow = ({ session, participant, started, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const [removing, setRemoving] = useState(false);
  const name = `${participant.firstName} ${participant.lastName}`;

  const run = async (action: () => Promise<AfgsuSessionDetail>, message: string) => {
    setPending(true);
    try {
      onChange(await action());
      notify(message, { type: 'success' });
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  const mark = (attendance: AfgsuAttendance) =>
    run(() => afgsuApi.attendance(session.id, participant.traineeId, attendance), 'app.afgsu.session.attendance_saved');
  const remove = () =>
    run(() => afgsuApi.unenrol(session.id, participant.traineeId), 'app.afgsu.session.removed').then(() => setRemoving(false));

  return (
    <Box
      component="li"
      aria-label={name}
      sx={{
        listStyle: 'none',
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        flexWrap: 'wrap',
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ flex: '1 1 220px', minWidth: 0 }}>
        <Link component={RouterLink} to={traineeAfgsuPath(participant.traineeId)} sx={{ fontWeight: 600 }}>
          {`${participant.lastName.toUpperCase()} ${participant.firstName}`}
        </Link>
        <Typography variant="body2" color="text.secondary">
          {participant.cohortName}
        </Typography>
      </Box>
      {participant.attested && (
        <Chip size="small" color="success" variant="outlined" icon={<TaskAltIcon />} label={translate('app.afgsu.session.attested')} />
      )}
      <ToggleButtonGroup
        exclusive
        size="small"
        value={participant.attendance === 'enrolled' ? null : participant.attendance}
        onChange={(_, value: AfgsuAttendance | null) => void mark(value ?? 'enrolled')}
        disabled={!started || pending || participant.attested}
        aria-label={translate('app.afgsu.session.attendance_label', { name })}
      >
        <ToggleButton value="present" color="success">
          {translate('app.afgsu.session.present')}
        </ToggleButton>
        <ToggleButton value="absent" color="error">
          {translate('app.afgsu.session.absent')}
        </ToggleButton>
      </ToggleButtonGroup>
      {!participant.attested && (
        <Tooltip title={translate('app.afgsu.session.remove')}>
          <IconButton aria-label={translate('app.afgsu.session.remove')} onClick={() => setRemoving(true)} disabled={pending}>
            <PersonRemoveIcon />
          </IconButton>
        </Tooltip>
      )}
      <Confirm
        isOpen={removing}
        loading={pending}
        title="app.afgsu.session.remove_title"
        titleTranslateOptions={{ name }}
        content="app.afgsu.session.remove_content"
        confirm="app.afgsu.session.remove"
        onConfirm={remove}
        onClose={() => setRemoving(false)}
      />
    </Box>
  );
};
