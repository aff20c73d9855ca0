import { SelectInput, TextInput, maxLength, minLength, required } from 'react-admin';
import { admissionsApi } from '../../api/admissions';
import type { ApplicationDetail, InterviewOutcome } from '../../api/types';
import { enumChoices } from '../../components/EnumField';
import { FormDialog } from '../../components/FormDialog';
import { INTERVIEW_OUTCOMES } from '../../lib/applications';
import { useApplicationUpdate } from './useApplicationUpdate';

interface Values {
  outcome: InterviewOutcome;
  notes: string;
}

interface Props {
  application: ApplicationDetail;
  open: boolean;
  onClose: () => void;
}

const outcomeChoices = enumChoices(INTERVIEW_OUTCOMES, 'app.interviewOutcome');

/** « Compte rendu d'entretien »: the opinion and the notes; the application becomes « Entretien réalisé ». */
export const OutcomeDialog = ({ application, open, onClose }: Props) => {
  const update = useApplicationUpdate();
  const submit = async (values: Partial<Values>) => {
    await update(
      () => admissionsApi.recordInterview(application.id, values.outcome ?? 'favourable', (values.notes ?? '').trim()),
      'app.admissions.outcome_done',
    );
    onClose();
  };
  return (
    <FormDialog<Values>
      open={open}
      title="app.admissions.outcome"
      submitLabel="app.admissions.outcome_submit"
      resource="applications"
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectInput source="outcome" choices={outcomeChoices} validate={required()} fullWidth />
      <TextInput source="notes" validate={[required(), minLength(3), maxLength(5000)]} multiline minRows={4} fullWidth />
    </FormDialog>
  );
};
