import { Box, Checkbox, FormControlLabel, FormGroup, FormHelperText, FormLabel, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { ValidationError, useInput, useTranslate } from 'react-admin';
import { assessmentApi, examKeys } from '../../../api/exams';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAssessmentText } from '../useAssessmentText';
import { atLeastOne } from '../validators';

const validate = atLeastOne('app.exams.sessions.pick_epreuve');

/** The épreuves sitting in a new session (`assessmentIds`): the active ones of the version, as checkboxes grouped by block. */
export const AssessmentChoice = ({ versionId }: { versionId: string }) => {
  const translate = useTranslate();
  const describe = useAssessmentText();
  const { field, fieldState, isRequired } = useInput<string[]>({ source: 'assessmentIds', validate });
  const plan = useQuery({ queryKey: examKeys.plan(versionId), queryFn: () => assessmentApi.plan(versionId) });
  const blocks = (plan.data ?? [])
    .map((block) => ({ ...block, assessments: block.assessments.filter((assessment) => assessment.active) }))
    .filter((block) => block.assessments.length > 0);
  const chosen = new Set<string>(field.value ?? []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    field.onChange([...next]);
  };

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
      <FormLabel component="legend" required={isRequired} error={!!fieldState.error}>
        {translate('resources.exam-sessions.fields.assessmentIds')}
      </FormLabel>
      {plan.isPending && <LinearProgress />}
      <ErrorAlert error={plan.error} />
      {plan.data && blocks.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.exams.sessions.no_epreuve')}
        </Typography>
      )}
      {blocks.map((block) => (
        <FormGroup key={block.blockId} role="group" aria-label={block.blockCode} sx={{ mt: 1 }}>
          <Typography variant="subtitle2">{translate('app.exams.block', { code: block.blockCode, title: block.blockTitle })}</Typography>
          {block.assessments.map((assessment) => (
            <FormControlLabel
              key={assessment.id}
              control={<Checkbox checked={chosen.has(assessment.id)} onChange={(event) => toggle(assessment.id, event.target.checked)} />}
              label={
                <span>
                  {assessment.label}
                  <Typography component="span" variant="body2" color="text.secondary">{` · ${describe(assessment)}`}</Typography>
                </span>
              }
            />
          ))}
        </FormGroup>
      ))}
      {fieldState.error?.message && (
        <FormHelperText error>
          <ValidationError error={fieldState.error.message} />
        </FormHelperText>
      )}
    </Box>
  );
};
