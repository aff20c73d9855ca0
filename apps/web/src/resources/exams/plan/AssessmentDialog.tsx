import { Box, Typography } from '@mui/material';
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
import { assessmentApi, type Assessment, type AssessmentUpdate, type BlockPlan, type EpreuveKind } from '../../../api/exams';
import { enumChoices } from '../../../components/EnumField';
import { FormDialog } from '../../../components/FormDialog';
import { EPREUVE_KINDS, frenchNumber } from '../../../lib/exams';

interface Values {
  kind: EpreuveKind;
  label: string;
  maxMark: number;
  passMark: number | null;
  weight: number;
}

interface Props {
  versionId: string;
  block: BlockPlan;
  /** The épreuve to change, or null for a new one. */
  assessment: Assessment | null;
  /** The block pass mark on 20, scaled to the épreuve's maximum when no pass mark is typed. */
  passMark: number;
  onDone: () => void;
  onClose: () => void;
}

const row = { display: 'flex', gap: { xs: 0, sm: 2 }, flexDirection: { xs: 'column', sm: 'row' } } as const;
const MAX_MARK = 200;

/** « Vide : 10 sur 20 » under the pass mark of a new épreuve: the block's pass mark brought to the maximum typed. */
const PassMarkInput = ({ passMark, fixedMax }: { passMark: number; fixedMax?: number }) => {
  const translate = useTranslate();
  return (
    <FormDataConsumer<Values>>
      {({ formData }) => {
        const max = fixedMax ?? (Number(formData.maxMark) > 0 ? Number(formData.maxMark) : 20);
        const helper = fixedMax
          ? translate('app.exams.plan.pass_mark_helper_edit', { max: frenchNumber(max) })
          : translate('app.exams.plan.pass_mark_helper', {
              mark: frenchNumber(Math.round(passMark * max * 5) / 100),
              max: frenchNumber(max),
            });
        return <NumberInput source="passMark" validate={[minValue(0), maxValue(max)]} helperText={helper} fullWidth />;
      }}
    </FormDataConsumer>
  );
};

/** « Ajouter une épreuve » (kind, label, maximum, pass mark, weight) or « Modifier » (label, pass mark, weight). */
export const AssessmentDialog = ({ versionId, block, assessment, passMark, onDone, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const blockName = translate('app.exams.block', { code: block.blockCode, title: block.blockTitle });

  const submit = async (values: Partial<Values>) => {
    const label = values.label?.trim() || translate(`app.exams.kind.${values.kind ?? 'written'}`);
    const passMarkTyped = values.passMark ?? undefined;
    if (!assessment) {
      await assessmentApi.create({
        versionId,
        blockId: block.blockId,
        kind: values.kind ?? 'written',
        label,
        maxMark: Number(values.maxMark),
        passMark: passMarkTyped === undefined ? undefined : Number(passMarkTyped),
        weight: Number(values.weight),
      });
      notify('app.exams.plan.added', { type: 'success' });
    } else {
      // Only what changed: the API refuses a new pass mark or weight once the épreuve has marks.
      const changes: AssessmentUpdate = {};
      if (label !== assessment.label) changes.label = label;
      if (passMarkTyped !== undefined && Number(passMarkTyped) !== assessment.passMark) changes.passMark = Number(passMarkTyped);
      if (Number(values.weight) !== assessment.weight) changes.weight = Number(values.weight);
      if (Object.keys(changes).length > 0) {
        await assessmentApi.update(assessment.id, changes);
        notify('app.exams.plan.edited', { type: 'success' });
      }
    }
    onDone();
  };

  return (
    <FormDialog<Values>
      open
      title={assessment ? 'app.exams.plan.edit_title' : 'app.exams.plan.add_title'}
      titleOptions={{ label: assessment?.label, block: blockName }}
      submitLabel={assessment ? 'app.exams.plan.edit_submit' : 'app.exams.plan.add_submit'}
      resource="assessments"
      defaultValues={assessment ?? { kind: 'written', maxMark: 20, weight: 1 }}
      onSubmit={submit}
      onClose={onClose}
    >
      {assessment ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.exams.plan.edit_intro', {
            kind: translate(`app.exams.kind.${assessment.kind}`),
            max: frenchNumber(assessment.maxMark),
          })}
        </Typography>
      ) : (
        <SelectInput source="kind" choices={enumChoices(EPREUVE_KINDS, 'app.exams.kind')} validate={required()} fullWidth />
      )}
      <TextInput
        source="label"
        validate={[minLength(2), maxLength(150)]}
        helperText={assessment ? false : 'resources.assessments.helpers.label'}
        fullWidth
      />
      <Box sx={row}>
        {!assessment && <NumberInput source="maxMark" validate={[required(), minValue(1), maxValue(MAX_MARK)]} fullWidth />}
        <PassMarkInput passMark={passMark} fixedMax={assessment?.maxMark} />
        <NumberInput
          source="weight"
          validate={[required(), minValue(0.01), maxValue(100)]}
          helperText="resources.assessments.helpers.weight"
          fullWidth
        />
      </Box>
    </FormDialog>
  );
};
