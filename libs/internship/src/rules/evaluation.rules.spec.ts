import fc from 'fast-check';
import {
  checkEvaluationSubmission,
  COMPETENCY_LEVEL_LABELS,
  COMPETENCY_LEVELS,
  CompetencyLevel,
  EvaluationDraft,
  EvaluationForm,
  formCompetencyIds,
} from './evaluation.rules';

const form: EvaluationForm = {
  blocks: [
    { blockId: 'BC01', competencyIds: ['C1.1', 'C1.2'] },
    { blockId: 'BC02', competencyIds: ['C2.1'] },
  ],
};
const draft = (over: Partial<EvaluationDraft> = {}): EvaluationDraft => ({
  levels: { 'C1.1': 'acquired', 'C1.2': 'mastered', 'C2.1': 'in_progress' },
  comments: {},
  overallComment: 'Stagiaire impliquée.',
  ...over,
});

describe('competency levels', () => {
  it('are labelled in French, lowest first', () => {
    expect(COMPETENCY_LEVELS.map((l) => COMPETENCY_LEVEL_LABELS[l])).toEqual([
      'Non acquis',
      'En cours d’acquisition',
      'Acquis',
      'Maîtrisé',
    ]);
  });
});

describe('checkEvaluationSubmission', () => {
  it('accepts a complete evaluation, competency comments optional', () => {
    expect(checkEvaluationSubmission(form, draft())).toEqual({ ok: true, errors: [] });
    expect(checkEvaluationSubmission(form, draft({ comments: { 'C1.1': 'x'.repeat(1000), 'C2.1': null } }))).toEqual({
      ok: true,
      errors: [],
    });
  });

  it('lists every competency without a level, in form order', () => {
    const result = checkEvaluationSubmission(form, draft({ levels: {} }));
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'levels', code: 'EVALUATION_LEVELS_MISSING', message: '3 compétences sans niveau : C1.1, C1.2, C2.1.' }],
    });
    const one = checkEvaluationSubmission(form, draft({ levels: { 'C1.1': 'acquired', 'C1.2': null, 'C2.1': 'mastered' } }));
    expect(one.errors[0].message).toBe('1 compétence sans niveau : C1.2.');
  });

  it('refuses levels or comments for competencies outside the form', () => {
    const result = checkEvaluationSubmission(form, draft({ levels: { ...draft().levels, 'C9.9': 'acquired' }, comments: { X: 'a' } }));
    expect(result.errors).toEqual([
      { field: 'levels', code: 'EVALUATION_UNKNOWN_COMPETENCY', message: 'Compétences hors de cette évaluation : C9.9, X.' },
    ]);
  });

  it('refuses a comment over 1000 characters and a blank or too long overall comment', () => {
    const result = checkEvaluationSubmission(form, draft({ comments: { 'C1.2': 'x'.repeat(1001) }, overallComment: '  ' }));
    expect(result.errors).toEqual([
      { field: 'comments.C1.2', code: 'EVALUATION_COMMENT_TOO_LONG', message: 'Le commentaire de C1.2 dépasse 1000 caractères (1001).' },
      { field: 'overallComment', code: 'EVALUATION_OVERALL_COMMENT_MISSING', message: 'L’appréciation générale est obligatoire.' },
    ]);
    expect(checkEvaluationSubmission(form, draft({ overallComment: null })).errors[0].code).toBe('EVALUATION_OVERALL_COMMENT_MISSING');
    expect(checkEvaluationSubmission(form, draft({ overallComment: 'x'.repeat(2001) })).errors[0]).toMatchObject({
      field: 'overallComment',
      code: 'EVALUATION_COMMENT_TOO_LONG',
    });
  });

  it('does not take an inherited property for a level', () => {
    const tricky: EvaluationForm = { blocks: [{ blockId: 'B', competencyIds: ['toString'] }] };
    expect(checkEvaluationSubmission(tricky, draft({ levels: {} })).errors[0].message).toBe('1 compétence sans niveau : toString.');
  });

  it('throws a RangeError on a malformed form or level', () => {
    expect(() => checkEvaluationSubmission({ blocks: [] }, draft())).toThrow(RangeError);
    expect(() =>
      formCompetencyIds({
        blocks: [
          { blockId: 'a', competencyIds: ['C1'] },
          { blockId: 'b', competencyIds: ['C1'] },
        ],
      }),
    ).toThrow('Compétence en double dans l’évaluation : « C1 ».');
    expect(() => checkEvaluationSubmission(form, draft({ levels: { 'C1.1': 'good' as CompetencyLevel } }))).toThrow(RangeError);
  });

  it('property: the missing-level error lists exactly the competencies left without a level', () => {
    const ids = formCompetencyIds(form);
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...COMPETENCY_LEVELS)), { minLength: 3, maxLength: 3 }), (levels) => {
        const given = Object.fromEntries(ids.map((id, i) => [id, levels[i]]));
        const result = checkEvaluationSubmission(form, draft({ levels: given }));
        const missing = ids.filter((_, i) => levels[i] === null);
        expect(result.ok).toBe(missing.length === 0);
        if (missing.length > 0) expect(result.errors[0].message).toContain(`: ${missing.join(', ')}.`);
      }),
    );
  });
});
