import { useState } from 'react';
import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { admissionsApi } from '../../api/admissions';
import type { ApplicationDetail, ApplicationStatus } from '../../api/types';
import { ReasonDialog } from '../../components/ReasonDialog';
import { isNegativeStatus } from '../../lib/applications';
import { useApplicationUpdate } from './useApplicationUpdate';

/**
 * Moves with their own action rather than a plain status change: interview planning, interview report, enrolment, and
 * « Incomplète », which follows the rejection of a document (the API moves the file and tells the candidate).
 */
const OWN_ACTIONS: readonly ApplicationStatus[] = ['interview_scheduled', 'interviewed', 'enrolled', 'incomplete'];

/** One button per status the application may move to now, each asking for the reason. */
export const StatusButtons = ({ application }: { application: ApplicationDetail }) => {
  const translate = useTranslate();
  const update = useApplicationUpdate();
  const [target, setTarget] = useState<ApplicationStatus | null>(null);
  const statuses = application.nextStatuses.filter((status) => !OWN_ACTIONS.includes(status));
  const label = (status: string) => translate(`app.applicationStatus.${status}`, { _: status });
  const confirm = (reason: string) =>
    target
      ? update(() => admissionsApi.changeStatus(application.id, target, reason), 'app.admissions.status_done').then(() => setTarget(null))
      : Promise.resolve();
  return (
    <>
      {statuses.map((status) => (
        <Button key={status} variant="outlined" color={isNegativeStatus(status) ? 'error' : 'primary'} onClick={() => setTarget(status)}>
          {label(status)}
        </Button>
      ))}
      <ReasonDialog
        open={!!target}
        title="app.admissions.status_title"
        titleOptions={{ status: target ? label(target) : '' }}
        content="app.admissions.status_content"
        confirmLabel={target ? label(target) : 'ra.action.confirm'}
        onConfirm={confirm}
        onClose={() => setTarget(null)}
      />
    </>
  );
};
