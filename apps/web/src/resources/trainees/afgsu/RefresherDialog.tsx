import { Typography } from '@mui/material';
import { DateInput, TextInput, maxLength, minLength, required, useNotify, useTranslate } from 'react-admin';
import { afgsuApi, type AfgsuRefresherInput, type TraineeAfgsu } from '../../../api/afgsu';
import { FormDialog } from '../../../components/FormDialog';
import { parisDay } from '../../../lib/dates';

interface Props {
  afgsu: TraineeAfgsu;
  open: boolean;
  onClose: () => void;
  onChange: (afgsu: TraineeAfgsu) => void;
}

/** « Réactualisation »: the 7 h refresher before expiry; after it, the API refuses and says why (shown in the dialog). */
export const RefresherDialog = ({ afgsu, open, onClose, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = async (values: Partial<AfgsuRefresherInput>) => {
    onChange(
      await afgsuApi.refresher(afgsu.traineeId, {
        refresherOn: values.refresherOn ?? '',
        issuingCentre: (values.issuingCentre ?? '').trim(),
      }),
    );
    notify('app.afgsu.trainee.refresher_done', { type: 'success' });
    onClose();
  };
  return (
    <FormDialog<AfgsuRefresherInput>
      open={open}
      title="app.afgsu.trainee.refresher_title"
      submitLabel="app.afgsu.trainee.refresher_submit"
      resource="afgsu-attestations"
      defaultValues={{ issuingCentre: afgsu.attestations[0]?.issuingCentre ?? '' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.afgsu.trainee.refresher_intro')}
      </Typography>
      <DateInput source="refresherOn" validate={required()} slotProps={{ htmlInput: { max: parisDay() } }} fullWidth />
      <TextInput source="issuingCentre" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
    </FormDialog>
  );
};
