import { useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AlertTitle, TextField } from '@mui/material';
import { Loading, useTranslate } from 'react-admin';
import { errorDetails } from '../../../api/errors';
import type { EvaluationAccess, EvaluationForm } from '../../../api/tutorEvaluations';
import { ErrorAlert } from '../../ErrorAlert';
import { formatDateTime, parisTime } from '../../../lib/dates';
import { missingOf, progress, toRequest } from '../../../lib/evaluations';
import { BlockCard } from './BlockCard';
import { EvaluationBar } from './EvaluationBar';
import { EvaluationHeader } from './EvaluationHeader';
import { LinkError } from './LinkError';
import { useEvaluationAnswers } from './useEvaluationAnswers';

interface EvaluationFormViewProps {
  access: EvaluationAccess;
  queryKey: readonly unknown[];
  /** Shown under the form (e.g. the tutor account offer), given the loaded evaluation. */
  footer?: (form: EvaluationForm) => ReactNode;
}

const NO_MISSING = { codes: [] as string[], overall: false };

/**
 * The tutor's evaluation form, phone first: one card per block, four level buttons and an optional comment per
 * competency, the overall comment, and a sticky bar to save a draft or submit. Submitting with gaps highlights them and
 * scrolls to the first; once submitted it is read-only with a confirmation.
 */
export const EvaluationFormView = ({ access, queryKey, footer }: EvaluationFormViewProps) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey, queryFn: access.load, retry: false });
  const { answers, setLevel, setComment, setOverall } = useEvaluationAnswers(query.data);
  const [missing, setMissing] = useState(NO_MISSING);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  if (query.isPending) return <Loading />;
  if (query.error) return <LinkError error={query.error} />;
  const form = query.data;
  if (!answers) return <Loading />;
  const count = progress(form.blocks, answers);

  /** Runs a call; resolves with the failure, if any (also shown above the form). */
  const run = async (work: () => Promise<EvaluationForm>): Promise<unknown> => {
    setPending(true);
    setError(null);
    try {
      queryClient.setQueryData(queryKey, await work());
      return null;
    } catch (failure) {
      setError(failure);
      return failure ?? new Error('app.errors.server');
    } finally {
      setPending(false);
    }
  };
  const highlight = (found: typeof NO_MISSING) => {
    setMissing(found);
    const first = found.codes.length ? `competency-${found.codes[0]}` : found.overall ? 'overall-comment' : null;
    if (first) document.getElementById(first)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };
  const save = async () => {
    if (!(await run(() => access.save(toRequest(answers))))) setSavedAt(parisTime(new Date()));
  };
  const submit = async () => {
    const found = missingOf(form.blocks, answers);
    if (found.codes.length || found.overall) return highlight(found);
    setMissing(NO_MISSING);
    const failure = await run(() => access.submit(toRequest(answers)));
    if (failure) {
      const details = Object.keys(errorDetails(failure));
      highlight({
        codes: details.filter((k) => k.startsWith('levels.')).map((k) => k.slice(7)),
        overall: details.includes('overallComment'),
      });
    }
  };
  const onLevel: typeof setLevel = (code, level) => {
    setLevel(code, level);
    if (level) setMissing((m) => ({ ...m, codes: m.codes.filter((c) => c !== code) }));
  };
  const gaps = missing.codes.length > 0 || missing.overall;

  return (
    <>
      <EvaluationHeader form={form} />
      {form.state === 'submitted' && (
        <Alert severity="success" sx={{ mb: 2 }}>
          <AlertTitle>{translate('app.evaluations.done.title')}</AlertTitle>
          {translate('app.evaluations.done.text', { date: formatDateTime(form.submittedAt) })}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {gaps && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.evaluations.bar.missing', {
            count: missing.codes.length,
            overall: missing.overall ? translate('app.evaluations.bar.missing_overall') : '',
          })}
        </Alert>
      )}
      {form.blocks.map((block) => (
        <BlockCard
          key={block.blockId}
          block={block}
          answers={answers}
          readOnly={form.readOnly}
          missing={new Set(missing.codes)}
          onLevel={onLevel}
          onComment={setComment}
        />
      ))}
      <TextField
        id="overall-comment"
        label={translate('app.evaluations.overall.label')}
        helperText={missing.overall ? translate('app.evaluations.overall.missing') : translate('app.evaluations.overall.helper')}
        error={missing.overall}
        value={answers.overallComment}
        onChange={(event) => setOverall(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        required
        slotProps={{ input: { readOnly: form.readOnly }, htmlInput: { maxLength: 2000 } }}
        sx={{ mb: 2 }}
      />
      {footer?.(form)}
      {!form.readOnly && (
        <EvaluationBar rated={count.rated} total={count.total} savedAt={savedAt} pending={pending} onSave={save} onSubmit={submit} />
      )}
    </>
  );
};
