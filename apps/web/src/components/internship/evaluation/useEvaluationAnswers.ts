import { useState } from 'react';
import type { CompetencyLevel, EvaluationForm } from '../../../api/tutorEvaluations';
import { answersOf, type Answers } from '../../../lib/evaluations';

/** The answers being edited, reset whenever the saved evaluation changes (adjusted while rendering, no effect). */
export function useEvaluationAnswers(form: EvaluationForm | undefined) {
  const [state, setState] = useState<{ source: EvaluationForm | undefined; answers: Answers | null }>({
    source: form,
    answers: form ? answersOf(form) : null,
  });
  if (state.source !== form) setState({ source: form, answers: form ? answersOf(form) : null });
  const edit = (change: (a: Answers) => Answers) => setState((s) => ({ ...s, answers: s.answers && change(s.answers) }));
  return {
    answers: state.source === form ? state.answers : form ? answersOf(form) : null,
    setLevel: (code: string, level: CompetencyLevel | null) => edit((a) => ({ ...a, levels: { ...a.levels, [code]: level } })),
    setComment: (code: string, comment: string) => edit((a) => ({ ...a, comments: { ...a.comments, [code]: comment } })),
    setOverall: (overallComment: string) => edit((a) => ({ ...a, overallComment })),
  };
}
