import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../../../api/errors';
import { timetableApi } from '../../../api/timetable';
import type { CourseSession } from '../../../api/types';
import { SessionSummary } from '../../../components/SessionSummary';
import { attendancePath } from '../../../lib/paths';

interface Props {
  session: CourseSession | null;
  onClose: () => void;
  onEdit: (session: CourseSession) => void;
}

/** A session of the planning: its details, its attendance sheet, changing or cancelling it. */
export const SessionDetailsDialog = ({ session, onClose, onEdit }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);

  const remove = async () => {
    if (!session) return;
    setConfirming(false);
    try {
      await timetableApi.remove(session.id);
      notify('app.session.deleted', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
      onClose();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };

  return (
    <Dialog open={!!session} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{session?.moduleTitle ?? session?.blockTitle}</DialogTitle>
      <DialogContent>{session && <SessionSummary session={session} />}</DialogContent>
      {session && (
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          <Button color="error" startIcon={<DeleteIcon />} onClick={() => setConfirming(true)}>
            {translate('app.session.delete')}
          </Button>
          <Button startIcon={<EditIcon />} onClick={() => onEdit(session)}>
            {translate('app.session.edit')}
          </Button>
          <Button variant="contained" startIcon={<AssignmentTurnedInIcon />} component={RouterLink} to={attendancePath(session.id)}>
            {translate('app.attendance.title')}
          </Button>
        </DialogActions>
      )}
      <Confirm
        isOpen={confirming}
        title="app.session.confirm_delete.title"
        content="app.session.confirm_delete.content"
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
    </Dialog>
  );
};
