import { DateInput, TextInput, email, maxLength, required, useNotify, useRefresh, useTranslate } from 'react-admin';
import { traineesApi } from '../../../api/trainees';
import type { Cohort, TraineeCreate } from '../../../api/types';
import { FormDialog } from '../../../components/FormDialog';
import { shortDay } from '../../../lib/dates';

interface Props {
  cohort: Cohort;
  open: boolean;
  onClose: () => void;
}

/** Adds one trainee, possibly entering after the cohort's start; the API e-mails them an invitation. */
export const AddTraineeDialog = ({ cohort, open, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = async (values: Partial<TraineeCreate>) => {
    await traineesApi.add(cohort.id, {
      lastName: values.lastName ?? '',
      firstName: values.firstName ?? '',
      email: values.email ?? '',
      phone: values.phone || null,
      joinedOn: values.joinedOn || undefined,
    });
    notify('app.trainees.added', { type: 'success' });
    refresh();
    onClose();
  };
  const joinedOnHelper = translate('app.trainees.joined_on_helper', { start: shortDay(cohort.startDate), end: shortDay(cohort.endDate) });
  return (
    <FormDialog<TraineeCreate>
      open={open}
      title="app.trainees.add"
      submitLabel="ra.action.add"
      resource="trainees"
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput source="lastName" validate={[required(), maxLength(100)]} fullWidth autoFocus />
      <TextInput source="firstName" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
      <TextInput source="phone" type="tel" validate={maxLength(30)} fullWidth />
      <DateInput
        source="joinedOn"
        helperText={joinedOnHelper}
        slotProps={{ htmlInput: { min: cohort.startDate, max: cohort.endDate } }}
        fullWidth
      />
    </FormDialog>
  );
};
