import { useState } from 'react';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { admissionsApi } from '../../api/admissions';
import type { ApplicationDetail } from '../../api/types';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useApplicationUpdate } from './useApplicationUpdate';

/** The eligibility sentence, the override in force if any, and « Déroger » (or withdrawing the override). */
export const EligibilityPanel = ({ application }: { application: ApplicationDetail }) => {
  const translate = useTranslate();
  const update = useApplicationUpdate();
  const [open, setOpen] = useState(false);
  const overridden = application.eligibilityOverride;
  const next = !overridden;
  const confirm = (justification: string) =>
    update(() => admissionsApi.overrideEligibility(application.id, next, justification), 'app.admissions.override_done').then(() =>
      setOpen(false),
    );
  const canAct = overridden || !application.eligible;
  return (
    <>
      <Alert
        severity={application.eligible ? 'success' : overridden ? 'info' : 'warning'}
        action={
          canAct && (
            <Button color="inherit" size="small" onClick={() => setOpen(true)}>
              {translate(overridden ? 'app.admissions.override_cancel' : 'app.admissions.override')}
            </Button>
          )
        }
      >
        <AlertTitle>{translate('app.admissions.eligibility')}</AlertTitle>
        {application.eligibility}
        {overridden && (
          <>
            <br />
            {translate('app.admissions.overridden', { reason: application.eligibilityOverrideReason ?? '' })}
          </>
        )}
      </Alert>
      <ReasonDialog
        open={open}
        title={overridden ? 'app.admissions.override_cancel_title' : 'app.admissions.override_title'}
        content={overridden ? 'app.admissions.override_cancel_content' : 'app.admissions.override_content'}
        confirmLabel={overridden ? 'app.admissions.override_cancel' : 'app.admissions.override'}
        reasonLabel="app.admissions.justification"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
