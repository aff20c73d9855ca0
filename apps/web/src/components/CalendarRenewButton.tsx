import { useState } from 'react';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { Button } from '@mui/material';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../api/errors';

/** « Renouveler le lien »: after a confirmation, a new calendar URL replaces the old one, which stops working. */
export const CalendarRenewButton = ({ onRenew }: { onRenew: () => Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);

  const renew = async () => {
    setPending(true);
    try {
      await onRenew();
      notify('app.calendar.renewed', { type: 'success' });
      setConfirming(false);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button startIcon={<AutorenewIcon />} onClick={() => setConfirming(true)} size="small">
        {translate('app.calendar.renew')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="app.calendar.renew_title"
        content="app.calendar.renew_content"
        confirm="app.calendar.renew"
        onConfirm={renew}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
