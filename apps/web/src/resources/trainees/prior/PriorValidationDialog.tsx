import { DateInput, RadioButtonGroupInput, SelectInput, TextInput, maxLength, minLength, required, useNotify } from 'react-admin';
import type { BlockResult } from '../../../api/juries';
import { priorValidationsApi, type PriorValidation, type PriorValidationInput } from '../../../api/priorValidations';
import { FormDialog } from '../../../components/FormDialog';
import { parisDay } from '../../../lib/dates';

interface Props {
  traineeId: string;
  blocks: Pick<BlockResult, 'blockId' | 'blockCode' | 'blockTitle'>[];
  open: boolean;
  onClose: () => void;
  onChange: (list: PriorValidation[]) => void;
}

const sourceChoices = [
  { id: 'earlier', name: 'app.documents.prior.source.earlier' },
  { id: 'vae', name: 'app.documents.prior.source.vae' },
];

/** « Ajouter »: a block validated in an earlier path or by VAE, its date and the decision it comes from. */
export const PriorValidationDialog = ({ traineeId, blocks, open, onClose, onChange }: Props) => {
  const notify = useNotify();
  const blockChoices = blocks.map((block) => ({ id: block.blockId, name: `${block.blockCode} — ${block.blockTitle}` }));
  const submit = async (values: Partial<PriorValidationInput>) => {
    onChange(
      await priorValidationsApi.record(traineeId, {
        blockId: values.blockId ?? '',
        source: values.source ?? 'earlier',
        validatedOn: values.validatedOn ?? '',
        reference: (values.reference ?? '').trim(),
      }),
    );
    notify('app.documents.prior.added', { type: 'success' });
    onClose();
  };
  return (
    <FormDialog<PriorValidationInput>
      open={open}
      title="app.documents.prior.add_title"
      submitLabel="app.documents.prior.add_submit"
      resource="prior-validations"
      defaultValues={{ source: 'earlier' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectInput source="blockId" choices={blockChoices} translateChoice={false} validate={required()} fullWidth />
      <RadioButtonGroupInput source="source" choices={sourceChoices} validate={required()} />
      <DateInput source="validatedOn" validate={required()} slotProps={{ htmlInput: { max: parisDay() } }} fullWidth />
      <TextInput
        source="reference"
        validate={[required(), minLength(3), maxLength(200)]}
        helperText="resources.prior-validations.helpers.reference"
        fullWidth
      />
    </FormDialog>
  );
};
