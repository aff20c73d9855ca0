import { Box } from '@mui/material';
import {
  FormDataConsumer,
  NumberInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  required,
  useNotify,
  useTranslate,
} from 'react-admin';
import { progressApi } from '../../../api/progress';
import type { Plan, Trainee } from '../../../api/types';
import { FormDialog } from '../../../components/FormDialog';
import { formatMinutes, toMinutes } from '../../../lib/duration';

interface Values {
  blockId: string;
  moduleId: string | null;
  hours: number | null;
  minutes: number | null;
  justification: string;
}

interface Props {
  trainee: Trainee;
  plan: Plan;
  open: boolean;
  onClose: () => void;
  onChange: (plan: Plan) => void;
}

const someTime = (_: unknown, values: Partial<Values>) =>
  toMinutes(values.hours, values.minutes) > 0 ? undefined : 'app.plan.no_duration';

/** « Ajouter une dispense »: a block (or one of its modules), a duration and the justification. */
export const ExemptionDialog = ({ trainee, plan, open, onClose, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const blockChoices = plan.blocks.map((block) => ({ id: block.blockId, name: `${block.code} – ${block.title}` }));

  const submit = async (values: Partial<Values>) => {
    const next = await progressApi.exempt(trainee.id, {
      blockId: values.blockId ?? '',
      moduleId: values.moduleId || null,
      minutes: toMinutes(values.hours, values.minutes),
      justification: values.justification ?? '',
    });
    onChange(next);
    notify('app.plan.added', { type: 'success' });
    onClose();
  };

  return (
    <FormDialog<Values>
      open={open}
      title="app.plan.add"
      submitLabel="app.plan.add_submit"
      resource="exemptions"
      defaultValues={{ moduleId: null, hours: null, minutes: 0 }}
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectInput source="blockId" choices={blockChoices} translateChoice={false} validate={required()} fullWidth />
      <FormDataConsumer<Values>>
        {({ formData }) => {
          const block = plan.blocks.find((row) => row.blockId === formData.blockId);
          const module = block?.modules.find((row) => row.id === formData.moduleId);
          const scope = module ?? block;
          return (
            <>
              <SelectInput
                source="moduleId"
                choices={(block?.modules ?? []).map((row) => ({ id: row.id, name: `${row.code} – ${row.title}` }))}
                translateChoice={false}
                emptyText={translate('app.plan.whole_block')}
                disabled={!block}
                fullWidth
              />
              {scope && (
                <Box sx={{ color: 'text.secondary', fontSize: 14, mb: 1 }}>
                  {translate('app.plan.scope_hours', {
                    planned: formatMinutes(scope.plannedMinutes),
                    exempted: formatMinutes(scope.exemptedMinutes),
                  })}
                </Box>
              )}
            </>
          );
        }}
      </FormDataConsumer>
      <Box sx={{ display: 'flex', gap: 2 }}>
        <NumberInput source="hours" validate={[minValue(0), maxValue(300), someTime]} step={1} fullWidth />
        <NumberInput source="minutes" validate={[minValue(0), maxValue(59)]} step={5} fullWidth />
      </Box>
      <TextInput
        source="justification"
        validate={[required(), minLength(3), maxLength(1000)]}
        helperText="resources.exemptions.helpers.justification"
        multiline
        minRows={2}
        fullWidth
      />
    </FormDialog>
  );
};
