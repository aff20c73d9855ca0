import { TextInput, required } from 'react-admin';
import { admissionsApi } from '../../api/admissions';
import type { ApplicationDetail } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { parisLocalToIso } from '../../lib/applications';
import { InterviewerInput } from './InterviewerInput';
import { useApplicationUpdate } from './useApplicationUpdate';

interface Values {
  at: string;
  interviewerId: string | null;
}

interface Props {
  application: ApplicationDetail;
  open: boolean;
  onClose: () => void;
}

const validDate = (value: string | undefined) => (value && parisLocalToIso(value) ? undefined : 'app.admissions.invalid_date');

/** « Planifier l'entretien »: date and time (Paris), an interviewer if known. */
export const InterviewDialog = ({ application, open, onClose }: Props) => {
  const update = useApplicationUpdate();
  const submit = async (values: Partial<Values>) => {
    await update(
      () =>
        admissionsApi.scheduleInterview(application.id, {
          at: parisLocalToIso(values.at ?? '') ?? '',
          interviewerId: values.interviewerId || null,
        }),
      'app.admissions.schedule_done',
    );
    onClose();
  };
  return (
    <FormDialog<Values>
      open={open}
      title="app.admissions.schedule"
      submitLabel="app.admissions.schedule_submit"
      resource="applications"
      defaultValues={{ at: '', interviewerId: null }}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        source="at"
        type="datetime-local"
        validate={[required(), validDate]}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <InterviewerInput />
    </FormDialog>
  );
};
