import fc from 'fast-check';
import { addDays, daysBetween } from '@app/platform/time/calendar';
import {
  checkEvaluationEdit,
  checkReopen,
  evaluationDueDates,
  evaluationLateOn,
  evaluationState,
  TutorEvaluation,
  tutorEvaluationsSummary,
} from './evaluation-state.rules';
import { DEFAULT_INTERNSHIP_SETTINGS as settings } from './internship-settings';

const t = (iso: string) => new Date(iso);
const ev = (over: Partial<TutorEvaluation> = {}): TutorEvaluation => ({
  id: 'e1',
  dueOn: '2026-03-10',
  draftSavedAt: null,
  submittedAt: null,
  reopenedAt: null,
  ...over,
});
const submitted = ev({ submittedAt: t('2026-03-09T10:00:00Z') });
const reopened = ev({ submittedAt: t('2026-03-09T10:00:00Z'), reopenedAt: t('2026-03-11T10:00:00Z') });

describe('evaluationDueDates', () => {
  it('is half-way rounded down and the end date by default', () => {
    expect(evaluationDueDates({ startOn: '2026-03-02', endOn: '2026-03-27' }, settings)).toEqual([
      { fraction: 0.5, dueOn: '2026-03-14' },
      { fraction: 1, dueOn: '2026-03-27' },
    ]);
    expect(evaluationDueDates({ startOn: '2026-03-02', endOn: '2026-03-04' }, settings).map((d) => d.dueOn)).toEqual([
      '2026-03-03',
      '2026-03-04',
    ]);
  });

  it('crosses 29 February and gives a single date for a one-day placement', () => {
    expect(evaluationDueDates({ startOn: '2024-02-20', endOn: '2024-03-09' }, settings).map((d) => d.dueOn)).toEqual([
      '2024-02-29',
      '2024-03-09',
    ]);
    expect(evaluationDueDates({ startOn: '2026-03-02', endOn: '2026-03-02' }, settings)).toEqual([{ fraction: 0.5, dueOn: '2026-03-02' }]);
  });

  it('follows configured fractions and throws on bad input', () => {
    const thirds = { ...settings, evaluationFractions: [1 / 3, 2 / 3, 1] };
    expect(evaluationDueDates({ startOn: '2026-01-01', endOn: '2026-01-31' }, thirds).map((d) => d.dueOn)).toEqual([
      '2026-01-11',
      '2026-01-21',
      '2026-01-31',
    ]);
    expect(() => evaluationDueDates({ startOn: '2026-03-02', endOn: '2026-03-01' }, settings)).toThrow(RangeError);
    expect(() => evaluationDueDates({ startOn: '2026-03-02', endOn: '2026-03-05' }, { ...settings, evaluationFractions: [] })).toThrow(
      RangeError,
    );
  });

  it('property: due dates are within the placement, increasing, and the last is the end date with fraction 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200 }), (from, length) => {
        const startOn = addDays('2025-01-01', from);
        const endOn = addDays(startOn, length);
        const dates = evaluationDueDates({ startOn, endOn }, settings).map((d) => d.dueOn);
        expect(dates[dates.length - 1]).toBe(endOn);
        dates.forEach((d, i) => {
          expect(d >= startOn && d <= endOn).toBe(true);
          if (i > 0) expect(d > dates[i - 1]).toBe(true);
        });
        if (length > 0) expect(daysBetween(startOn, dates[0])).toBe(Math.floor(length / 2));
      }),
    );
  });
});

describe('evaluationState', () => {
  it('is not due, due, then late from the due date plus the grace days', () => {
    expect(evaluationState(ev(), '2026-03-09', settings)).toBe('not_due');
    expect(evaluationState(ev(), '2026-03-10', settings)).toBe('due');
    expect(evaluationState(ev(), '2026-03-16', settings)).toBe('due');
    expect(evaluationLateOn('2026-03-10', 7)).toBe('2026-03-17');
    expect(evaluationState(ev(), '2026-03-17', settings)).toBe('late');
    expect(evaluationState(ev(), '2026-03-10', { ...settings, evaluationGraceDays: 0 })).toBe('late');
  });

  it('is draft once saved, late still wins after the grace days', () => {
    const draft = ev({ draftSavedAt: t('2026-03-05T08:00:00Z') });
    expect(evaluationState(draft, '2026-03-06', settings)).toBe('draft');
    expect(evaluationState(draft, '2026-03-12', settings)).toBe('draft');
    expect(evaluationState(draft, '2026-03-17', settings)).toBe('late');
  });

  it('is submitted, reopened, then submitted again, whatever the date', () => {
    expect(evaluationState(submitted, '2026-12-31', settings)).toBe('submitted');
    expect(evaluationState(reopened, '2026-12-31', settings)).toBe('reopened');
    expect(evaluationState({ ...reopened, submittedAt: t('2026-03-12T10:00:00Z') }, '2026-12-31', settings)).toBe('submitted');
  });

  it('handles a grace period across 29 February', () => {
    expect(evaluationLateOn('2024-02-25', 7)).toBe('2024-03-03');
    expect(evaluationState(ev({ dueOn: '2024-02-25' }), '2024-03-03', settings)).toBe('late');
    expect(evaluationState(ev({ dueOn: '2024-02-25' }), '2024-03-02', settings)).toBe('due');
  });

  it('throws a RangeError on bad input', () => {
    expect(() => evaluationState(ev({ reopenedAt: t('2026-03-11T10:00:00Z') }), '2026-03-10', settings)).toThrow(RangeError);
    expect(() => evaluationState(ev({ dueOn: '2026-02-29' }), '2026-03-10', settings)).toThrow(RangeError);
    expect(() => evaluationState(ev(), '2026-03-10', { ...settings, evaluationGraceDays: -1 })).toThrow(RangeError);
    expect(() => evaluationState(ev({ draftSavedAt: new Date('x') }), '2026-03-10', settings)).toThrow(RangeError);
  });

  it('property: an open evaluation goes not_due → due/draft → late as days pass, never back', () => {
    const rank = { not_due: 0, due: 1, draft: 1, late: 2, submitted: 3, reopened: 3 };
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), (d, grace, saved) => {
        const e = ev({ draftSavedAt: saved ? t('2026-03-01T08:00:00Z') : null });
        const s = { ...settings, evaluationGraceDays: grace };
        const today = addDays('2026-03-10', d);
        expect(rank[evaluationState(e, addDays(today, 1), s)]).toBeGreaterThanOrEqual(rank[evaluationState(e, today, s)]);
        expect(evaluationState(e, today, s) === 'late').toBe(today >= evaluationLateOn(e.dueOn, grace));
      }),
    );
  });
});

describe('checkEvaluationEdit and checkReopen', () => {
  it('keeps a submitted evaluation read-only until reopened', () => {
    expect(checkEvaluationEdit(ev())).toEqual({ ok: true });
    expect(checkEvaluationEdit(submitted)).toMatchObject({ ok: false, code: 'EVALUATION_SUBMITTED' });
    expect(checkEvaluationEdit(reopened)).toEqual({ ok: true });
  });

  it('lets staff reopen a submitted evaluation with a reason', () => {
    expect(checkReopen(submitted, 'staff', '  Erreur de niveau sur C1.2 ')).toEqual({ ok: true, reason: 'Erreur de niveau sur C1.2' });
    expect(checkReopen(submitted, 'school_admin', 'Oubli').ok).toBe(true);
  });

  it('refuses other roles, an evaluation not submitted, a missing or too long reason', () => {
    expect(checkReopen(submitted, 'tutor', 'Oubli')).toEqual({
      ok: false,
      code: 'REOPEN_FORBIDDEN',
      message: 'Seul l’organisme de formation peut rouvrir une évaluation transmise.',
    });
    expect(checkReopen(ev(), 'staff', 'Oubli')).toMatchObject({ code: 'EVALUATION_NOT_SUBMITTED' });
    expect(checkReopen(reopened, 'staff', 'Oubli')).toMatchObject({ code: 'EVALUATION_NOT_SUBMITTED' });
    expect(checkReopen(submitted, 'staff', '   ')).toMatchObject({ code: 'REOPEN_REASON_REQUIRED' });
    expect(checkReopen(submitted, 'staff', null)).toMatchObject({ code: 'REOPEN_REASON_REQUIRED' });
    expect(checkReopen(submitted, 'staff', 'x'.repeat(501))).toMatchObject({ code: 'REOPEN_REASON_REQUIRED' });
  });
});

describe('tutorEvaluationsSummary', () => {
  it('counts the evaluations expected and those submitted and not reopened', () => {
    expect(tutorEvaluationsSummary([])).toEqual({ required: 0, submitted: 0 });
    expect(tutorEvaluationsSummary([ev(), submitted, reopened, ev({ draftSavedAt: t('2026-03-01T08:00:00Z') })])).toEqual({
      required: 4,
      submitted: 1,
    });
  });
});
