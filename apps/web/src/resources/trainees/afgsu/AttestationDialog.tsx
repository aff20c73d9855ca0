import { DateInput, RadioButtonGroupInput, SelectInput, TextInput, maxLength, minLength, required, useNotify } from 'react-admin';
import { afgsuApi, type AfgsuAttestationInput, type TraineeAfgsu } from '../../../api/afgsu';
import { FormDialog } from '../../../components/FormDialog';
import { AFGSU_LEVELS } from '../../../lib/afgsu';
import { parisDay } from '../../../lib/dates';

interface Props {
  traineeId: string;
  open: boolean;
  onClose: () => void;
  onChange: (afgsu: TraineeAfgsu) => void;
}

const levelChoices = AFGSU_LEVELS.map((level) => ({ id: level, name: `AFGSU ${level}` }));
const kindChoices = [
  { id: 'initial', name: 'app.afgsu.kind.initial' },
  { id: 'prior', name: 'app.afgsu.kind.prior' },
];

/** « Ajouter une attestation »: the full course (counts at once) or one obtained before (counts once verified with its scan). */
export const AttestationDialog = ({ traineeId, open, onClose, onChange }: Props) => {
  const notify = useNotify();
  const submit = async (values: Partial<AfgsuAttestationInput>) => {
    onChange(
      await afgsuApi.record(traineeId, {
        level: values.level ?? 1,
        kind: values.kind ?? 'initial',
        issuingCentre: (values.issuingCentre ?? '').trim(),
        issuedOn: values.issuedOn ?? '',
        expiresOn: values.expiresOn || null,
      }),
    );
    notify('app.afgsu.trainee.added', { type: 'success' });
    onClose();
  };
  return (
    <FormDialog<AfgsuAttestationInput>
      open={open}
      title="app.afgsu.trainee.add"
      submitLabel="app.afgsu.trainee.add_submit"
      resource="afgsu-attestations"
      defaultValues={{ level: 1, kind: 'initial' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioButtonGroupInput source="kind" choices={kindChoices} helperText="resources.afgsu-attestations.helpers.kind" />
      <SelectInput source="level" choices={levelChoices} translateChoice={false} validate={required()} fullWidth />
      <TextInput source="issuingCentre" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
      <DateInput source="issuedOn" validate={required()} slotProps={{ htmlInput: { max: parisDay() } }} fullWidth />
      <DateInput source="expiresOn" helperText="resources.afgsu-attestations.helpers.expiresOn" fullWidth />
    </FormDialog>
  );
};
