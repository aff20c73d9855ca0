import type { CompetencyLevel, EvaluationAnswers, EvaluationBlock, EvaluationForm, EvaluationState } from '../api/tutorEvaluations';

/** The levels, lowest first (as the API orders them). */
export const LEVELS: readonly CompetencyLevel[] = ['not_acquired', 'in_progress', 'acquired', 'mastered'];

/** Chip colours of the evaluation states. */
export const STATE_COLORS: Record<EvaluationState, 'default' | 'info' | 'warning' | 'error' | 'success' | 'secondary'> = {
  not_due: 'default',
  due: 'info',
  late: 'error',
  draft: 'warning',
  submitted: 'success',
  reopened: 'secondary',
};

/** The answers being edited: a level and a comment per competency code, and the overall comment. */
export interface Answers {
  levels: Record<string, CompetencyLevel | null>;
  comments: Record<string, string>;
  overallComment: string;
}

const codesOf = (blocks: EvaluationBlock[]) => blocks.flatMap((b) => b.competencies.map((c) => c.code));

/** The answers saved in `form`. */
export function answersOf(form: EvaluationForm): Answers {
  const competencies = form.blocks.flatMap((b) => b.competencies);
  return {
    levels: Object.fromEntries(competencies.map((c) => [c.code, c.level])),
    comments: Object.fromEntries(competencies.map((c) => [c.code, c.comment ?? ''])),
    overallComment: form.overallComment ?? '',
  };
}

/** What the API stores. */
export const toRequest = (answers: Answers): EvaluationAnswers => ({
  levels: answers.levels,
  comments: answers.comments,
  overallComment: answers.overallComment,
});

/** How many competencies of the form have a level, out of how many. */
export function progress(blocks: EvaluationBlock[], answers: Answers): { rated: number; total: number } {
  const codes = codesOf(blocks);
  return { rated: codes.filter((code) => answers.levels[code]).length, total: codes.length };
}

/** The competency codes without a level, and whether the overall comment is missing (to highlight before submitting). */
export function missingOf(blocks: EvaluationBlock[], answers: Answers): { codes: string[]; overall: boolean } {
  return { codes: codesOf(blocks).filter((code) => !answers.levels[code]), overall: answers.overallComment.trim() === '' };
}
