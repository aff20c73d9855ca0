import { BooleanInput, CheckboxGroupInput, DateInput, SelectInput, TextInput, maxLength, useNotify, useTranslate } from 'react-admin';
import { ADJUSTMENTS, healthApi, VACCINATION_STATUSES, type TraineeHealth, type TraineeHealthInput } from '../../../api/health';
import { FormDialog } from '../../../components/FormDialog';
import { enumChoices } from '../../../components/EnumField';
import { parisDay } from '../../../lib/dates';

interface Props {
  health: TraineeHealth;
  open: boolean;
  onClose: () => void;
  onChange: (health: TraineeHealth) => void;
}

/** Edits the whole record; the API checks it (dates, who decided) and answers per field. */
export const HealthDialog = ({ health, open, onClose, onChange }: Props) => {
  const notify = useNotify();
  const translate = useTranslate();
  const submit = async (values: Partial<TraineeHealthInput>) => {
    onChange(
      await healthApi.save(health.traineeId, {
        disabilityRecognised: !!values.disabilityRecognised,
        adjustments: values.adjustments ?? [],
        adjustmentsNote: values.adjustmentsNote?.trim() || null,
        adjustmentsDecidedOn: values.adjustmentsDecidedOn || null,
        adjustmentsDecidedBy: values.adjustmentsDecidedBy?.trim() || null,
        vaccinations: (values.vaccinations ?? []).map((v) => ({ kind: v.kind, status: v.status, checkedOn: v.checkedOn || null })),
      }),
    );
    notify('app.health.saved', { type: 'success' });
    onClose();
  };
  const defaults: TraineeHealthInput = {
    disabilityRecognised: health.disabilityRecognised,
    adjustments: health.adjustments,
    adjustmentsNote: health.adjustmentsNote,
    adjustmentsDecidedOn: health.adjustmentsDecidedOn,
    adjustmentsDecidedBy: health.adjustmentsDecidedBy,
    vaccinations: health.vaccinations.map(({ kind, status, checkedOn }) => ({ kind, status, checkedOn })),
  };
  return (
    <FormDialog<TraineeHealthInput>
      open={open}
      title="app.health.edit_title"
      submitLabel="app.health.save"
      resource="trainee-health"
      defaultValues={defaults}
      onSubmit={submit}
      onClose={onClose}
    >
      <BooleanInput source="disabilityRecognised" />
      <CheckboxGroupInput source="adjustments" choices={enumChoices(ADJUSTMENTS, 'app.health.adjustment')} row={false} />
      <TextInput source="adjustmentsNote" multiline validate={maxLength(2000)} fullWidth />
      <DateInput source="adjustmentsDecidedOn" slotProps={{ htmlInput: { max: parisDay() } }} fullWidth />
      <TextInput source="adjustmentsDecidedBy" validate={maxLength(200)} fullWidth />
      {health.vaccinations.map((v, i) => {
        const vaccine = translate(`app.health.vaccine.${v.kind}`);
        return (
          <div key={v.kind}>
            <SelectInput
              source={`vaccinations.${i}.status`}
              label={translate('app.health.status_label', { vaccine })}
              choices={enumChoices(VACCINATION_STATUSES, 'app.health.status')}
              fullWidth
            />
            <DateInput
              source={`vaccinations.${i}.checkedOn`}
              label={translate('app.health.checked_label', { vaccine })}
              slotProps={{ htmlInput: { max: parisDay() } }}
              fullWidth
            />
          </div>
        );
      })}
    </FormDialog>
  );
};
