import { TextInput, email, maxLength, required, useNotify, useRefresh } from 'react-admin';
import { traineesApi } from '../../../api/trainees';
import type { TraineeCreate } from '../../../api/types';
import { FormDialog } from '../../../components/FormDialog';

interface Props {
  cohortId: string;
  open: boolean;
  onClose: () => void;
}

/** Adds one trainee; the API e-mails them an invitation. */
export const AddTraineeDialog = ({ cohortId, open, onClose }: Props) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = async (values: Partial<TraineeCreate>) => {
    await traineesApi.add(cohortId, {
      lastName: values.lastName ?? '',
      firstName: values.firstName ?? '',
      email: values.email ?? '',
      phone: values.phone || null,
    });
    notify('app.trainees.added', { type: 'success' });
    refresh();
    onClose();
  };
  return (
    <FormDialog<TraineeCreate> open={open} title="app.trainees.add" submitLabel="ra.action.add" resource="trainees" onSubmit={submit} onClose={onClose}>
      <TextInput source="lastName" validate={[required(), maxLength(100)]} fullWidth autoFocus />
      <TextInput source="firstName" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
      <TextInput source="phone" type="tel" validate={maxLength(30)} fullWidth />
    </FormDialog>
  );
};
