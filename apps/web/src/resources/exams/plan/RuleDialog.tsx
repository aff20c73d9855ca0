import { useState } from 'react';
import { FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { assessmentApi, type BlockPlan, type ResultRule } from '../../../api/exams';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { RESULT_RULES, frenchNumber } from '../../../lib/exams';

interface Props {
  open: boolean;
  versionId: string;
  block: BlockPlan;
  /** « BC01 — … » */
  name: string;
  passMark: number;
  onDone: (plan: BlockPlan[]) => void;
  onClose: () => void;
}

/** The school administrator picks how the block's result is made (weighted average or all épreuves passed), with a reason. */
export const RuleDialog = ({ open, versionId, block, name, passMark, onDone, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  // Mounted anew for each opening (see the key in BlockPlanCard): starts from the rule in force.
  const [rule, setRule] = useState<ResultRule>(block.rule);
  const confirm = async (reason: string) => {
    const plan = await assessmentApi.setRule(versionId, block.blockId, rule, reason);
    notify('app.exams.plan.rule_saved', { type: 'success' });
    onDone(plan);
  };
  return (
    <ReasonDialog
      open={open}
      title="app.exams.plan.rule_title"
      titleOptions={{ block: name }}
      confirmLabel="app.exams.plan.rule_submit"
      canConfirm={rule !== block.rule}
      onConfirm={confirm}
      onClose={onClose}
    >
      <RadioGroup
        value={rule}
        onChange={(event) => setRule(event.target.value as ResultRule)}
        aria-label={translate('app.exams.plan.rule_choice')}
        sx={{ mb: 1 }}
      >
        {RESULT_RULES.map((value) => (
          <FormControlLabel
            key={value}
            value={value}
            control={<Radio />}
            sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
            label={
              <>
                <Typography sx={{ fontWeight: 600 }}>{translate(`app.exams.rule.${value}`)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate(`app.exams.rule_detail.${value}`, { passMark: frenchNumber(passMark) })}
                </Typography>
              </>
            }
          />
        ))}
      </RadioGroup>
    </ReasonDialog>
  );
};
