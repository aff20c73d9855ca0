import { useState } from 'react';
import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { Button, useNotify, useRefresh } from 'react-admin';
import { traineesApi } from '../../api/trainees';
import type { Trainee } from '../../api/types';
import { ReasonDialog } from '../../components/ReasonDialog';

/** « Sortie de formation »: withdraws the trainee from the cohort, with a reason (audited). */
export const WithdrawButton = ({ trainee }: { trainee: Trainee }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const withdraw = async (reason: string) => {
    await traineesApi.withdraw(trainee.id, reason);
    notify('app.trainees.withdraw.done', { type: 'success' });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button label="app.trainees.withdraw.button" color="error" onClick={() => setOpen(true)}>
        <ExitToAppIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="app.trainees.withdraw.title"
        titleOptions={{ name: `${trainee.firstName} ${trainee.lastName}` }}
        content="app.trainees.withdraw.content"
        confirmLabel="app.trainees.withdraw.confirm"
        onConfirm={withdraw}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
