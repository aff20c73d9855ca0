import { Alert } from '@mui/material';
import { RadioButtonGroupInput, TextInput, maxLength, minLength, required, useNotify, useTranslate } from 'react-admin';
import type { BlockOutcome, DecisionInput, JuryBlock, JuryLine } from '../../api/juries';
import { FormDialog } from '../../components/FormDialog';
import { MIN_REASON_LENGTH } from '../../components/ReasonDialog';
import { shortDay } from '../../lib/dates';
import { OUTCOMES } from '../../lib/juries';
import type { Decide } from './useJuryBoard';

interface Props {
  open: boolean;
  line: JuryLine;
  block: JuryBlock;
  /** A decision exists on the latest attempt: this one corrects it and needs a reason. */
  correcting: boolean;
  decide: Decide;
  onClose: () => void;
}

type Values = Pick<DecisionInput, 'outcome' | 'comment' | 'correctionReason'>;

const MAX_TEXT = 2000;
const outcomeChoices = OUTCOMES.map((id) => ({ id, name: `app.juries.outcome.${id}` }));
const trimmed = (text: string | null | undefined) => text?.trim() || null;

/** A comment is required when the outcome departs from the proposal (or there is none). */
const commentWhenOverriding = (proposal: BlockOutcome | null) => (value: unknown, values: Partial<Values>) =>
  values.outcome && values.outcome !== proposal && !trimmed(value as string | null) ? 'app.juries.decision.comment_required' : undefined;

/** « Modifier »: the outcome, a comment (required when departing from the proposal) and, for a correction, its reason. */
export const DecisionDialog = ({ open, line, block, correcting, decide, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const names = { block: block.blockCode, name: line.traineeName };
  const current = correcting ? block.decision : null;
  const submit = async (values: Partial<Values>) => {
    await decide({
      traineeId: line.traineeId,
      blockId: block.blockId,
      outcome: values.outcome ?? 'not_validated',
      comment: trimmed(values.comment),
      correctionReason: correcting ? trimmed(values.correctionReason) : null,
    });
    notify('app.juries.cell.recorded', { type: 'success' });
    onClose();
  };
  return (
    <FormDialog<Values>
      open={open}
      title={correcting ? 'app.juries.decision.correction_title' : 'app.juries.decision.title'}
      titleOptions={names}
      submitLabel={correcting ? 'app.juries.decision.correction_submit' : 'app.juries.decision.submit'}
      resource="juries"
      defaultValues={{ outcome: block.decision?.outcome ?? block.proposal ?? undefined, comment: '', correctionReason: '' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert severity="info" role="note" sx={{ mb: 1, width: '100%' }}>
        {translate('app.juries.decision.proposal', { reason: block.proposalReason })}
      </Alert>
      {current && (
        <Alert severity="warning" role="note" sx={{ mb: 1, width: '100%' }}>
          {translate('app.juries.decision.current', {
            outcome: translate(`app.juries.outcome.${current.outcome}`),
            date: shortDay(current.decidedOn),
          })}
        </Alert>
      )}
      <RadioButtonGroupInput source="outcome" choices={outcomeChoices} validate={required()} row />
      <TextInput
        source="comment"
        validate={[commentWhenOverriding(block.proposal), maxLength(MAX_TEXT)]}
        helperText="app.juries.decision.comment_helper"
        multiline
        minRows={2}
        fullWidth
      />
      {correcting && (
        <TextInput
          source="correctionReason"
          validate={[required(), minLength(MIN_REASON_LENGTH), maxLength(MAX_TEXT)]}
          multiline
          minRows={2}
          fullWidth
        />
      )}
    </FormDialog>
  );
};
