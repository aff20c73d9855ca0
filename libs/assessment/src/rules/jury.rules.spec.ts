import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { AttemptRecord, JuryDecision } from './assessment';
import { checkDecision, currentDecision, DecisionDraft, decisionHistory, juryProposal, JuryProposal } from './jury.rules';

const attempt = (number: number, sessionDate: string, result: AttemptRecord['result']): AttemptRecord => ({ number, sessionDate, result });
const decision = (over: Partial<JuryDecision> = {}): JuryDecision => ({
  id: 'd1',
  blockCode: 'BC02',
  attemptNumber: 1,
  proposal: 'validated',
  outcome: 'validated',
  comment: null,
  supersedesId: null,
  correctionReason: null,
  decidedOn: '2026-06-20',
  sequence: 1,
  ...over,
});
const draft = (over: Partial<DecisionDraft> = {}): DecisionDraft => ({
  blockCode: 'BC02',
  outcome: 'validated',
  decidedOn: '2026-06-20',
  comment: null,
  correctionReason: null,
  ...over,
});
const passed = juryProposal([attempt(1, '2026-06-01', 'passed')]);
const failed = juryProposal([attempt(1, '2026-06-01', 'failed')]);

describe('juryProposal', () => {
  it('proposes « validé » from a passed latest attempt', () => {
    expect(passed).toEqual({
      proposal: 'validated',
      attemptNumber: 1,
      sessionDate: '2026-06-01',
      reason: 'Passage 1 du 01/06/2026 réussi : proposition « validé ».',
    });
  });

  it('proposes « non validé » from a failed latest attempt, whatever the earlier ones', () => {
    expect(juryProposal([attempt(2, '2027-01-15', 'failed'), attempt(1, '2026-06-01', 'passed')])).toEqual({
      proposal: 'not_validated',
      attemptNumber: 2,
      sessionDate: '2027-01-15',
      reason: 'Passage 2 du 15/01/2027 non réussi : proposition « non validé ».',
    });
  });

  it('makes no proposal without attempt or when the latest is incomplete', () => {
    expect(juryProposal([])).toEqual({
      proposal: null,
      attemptNumber: null,
      sessionDate: null,
      reason: 'Aucun passage : pas de proposition.',
    });
    expect(juryProposal([attempt(1, '2026-06-01', 'failed'), attempt(2, '2027-01-15', 'incomplete')])).toEqual({
      proposal: null,
      attemptNumber: 2,
      sessionDate: '2027-01-15',
      reason: 'Passage 2 du 15/01/2027 incomplet : pas de proposition.',
    });
  });

  it('throws a RangeError on malformed attempts', () => {
    expect(() => juryProposal([attempt(2, '2026-06-01', 'passed')])).toThrow(RangeError);
    expect(() => juryProposal([attempt(1, '2026-06-01', 'passed'), attempt(1, '2026-07-01', 'passed')])).toThrow(RangeError);
    expect(() => juryProposal([attempt(1, '2026-06-01', 'passed'), attempt(2, '2026-06-01', 'passed')])).toThrow(RangeError);
    expect(() => juryProposal([attempt(1, '2026-02-30', 'passed')])).toThrow(RangeError);
    expect(() => juryProposal([attempt(1, '2026-06-01', 'won' as AttemptRecord['result'])])).toThrow(RangeError);
    expect(() => juryProposal([attempt(1.5, '2026-06-01', 'passed')])).toThrow(RangeError);
  });
});

describe('checkDecision', () => {
  it('accepts a decision that confirms the proposal, without comment', () => {
    expect(checkDecision(passed, draft(), { current: null })).toEqual({
      ok: true,
      attemptNumber: 1,
      proposal: 'validated',
      override: false,
      supersedesId: null,
      comment: null,
      correctionReason: null,
    });
    expect(checkDecision(failed, draft({ outcome: 'not_validated', comment: '  ' }), { current: null })).toMatchObject({
      ok: true,
      comment: null,
    });
  });

  it('requires a comment to override the proposal', () => {
    expect(checkDecision(failed, draft({ outcome: 'validated' }), { current: null })).toEqual({
      ok: false,
      code: 'OVERRIDE_WITHOUT_COMMENT',
      message: 'La décision s’écarte de la proposition « non validé » : un commentaire est obligatoire.',
    });
    expect(checkDecision(passed, draft({ outcome: 'not_validated', comment: ' ' }), { current: null })).toMatchObject({
      code: 'OVERRIDE_WITHOUT_COMMENT',
    });
    expect(checkDecision(passed, draft({ outcome: 'not_validated', comment: '  Fraude constatée.  ' }), { current: null })).toEqual({
      ok: true,
      attemptNumber: 1,
      proposal: 'validated',
      override: true,
      supersedesId: null,
      comment: 'Fraude constatée.',
      correctionReason: null,
    });
  });

  it('without proposal (incomplete attempt), any decision needs a comment', () => {
    const incomplete = juryProposal([attempt(1, '2026-06-01', 'incomplete')]);
    expect(checkDecision(incomplete, draft({ outcome: 'not_validated' }), { current: null })).toEqual({
      ok: false,
      code: 'OVERRIDE_WITHOUT_COMMENT',
      message: 'Sans proposition (passage 1 du 01/06/2026 incomplet), la décision doit être motivée par un commentaire.',
    });
    expect(checkDecision(incomplete, draft({ outcome: 'not_validated', comment: 'Dossier non remis' }), { current: null })).toMatchObject({
      ok: true,
      proposal: null,
      override: true,
    });
  });

  it('refuses a decision for a block without any attempt', () => {
    expect(checkDecision(juryProposal([]), draft({ comment: 'x' }), { current: null })).toEqual({
      ok: false,
      code: 'DECISION_WITHOUT_ATTEMPT',
      message: 'Le bloc BC02 n’a aucun passage : le jury ne peut pas se prononcer.',
    });
  });

  it('refuses a jury date before the attempt’s session, the same day being allowed', () => {
    expect(checkDecision(passed, draft({ decidedOn: '2026-05-31' }), { current: null })).toEqual({
      ok: false,
      code: 'DECISION_BEFORE_SESSION',
      message: 'La décision du 31/05/2026 ne peut pas précéder le passage 1 du 01/06/2026.',
    });
    expect(checkDecision(passed, draft({ decidedOn: '2026-06-01' }), { current: null })).toMatchObject({ ok: true });
  });

  describe('BC04 and the AFGSU', () => {
    const bc04 = (over: Partial<DecisionDraft> = {}) => draft({ blockCode: 'BC04', ...over });
    const expired = { afgsuValid: false, reason: 'AFGSU expirée depuis le 15/03/2026.' };

    it('refuses « validé » without a valid AFGSU on the jury date, quoting the reason', () => {
      expect(checkDecision(passed, bc04(), { current: null, afgsu: expired })).toEqual({
        ok: false,
        code: 'BC04_REQUIRES_AFGSU',
        message:
          'Le bloc BC04 ne peut pas être déclaré « validé » sans AFGSU valide à la date du jury : AFGSU expirée depuis le 15/03/2026.',
      });
      expect(
        checkDecision(passed, bc04({ comment: 'Sur dérogation' }), { current: null, afgsu: { afgsuValid: false, reason: ' ' } }),
      ).toMatchObject({
        code: 'BC04_REQUIRES_AFGSU',
        message: expect.stringMatching(/jury : AFGSU non valide\.$/),
      });
    });

    it('accepts « validé » with a valid AFGSU, and « non validé » without one', () => {
      expect(checkDecision(passed, bc04(), { current: null, afgsu: { afgsuValid: true, reason: 'AFGSU 1 valable' } })).toMatchObject({
        ok: true,
      });
      expect(checkDecision(failed, bc04({ outcome: 'not_validated' }), { current: null, afgsu: expired })).toMatchObject({ ok: true });
      expect(checkDecision(failed, bc04({ outcome: 'not_validated' }), { current: null })).toMatchObject({ ok: true });
    });

    it('only concerns BC04', () => {
      expect(checkDecision(passed, draft({ blockCode: 'BC03' }), { current: null, afgsu: expired })).toMatchObject({ ok: true });
    });

    it('throws a RangeError when the AFGSU is not given for a BC04 « validé »', () => {
      expect(() => checkDecision(passed, bc04(), { current: null })).toThrow(RangeError);
    });
  });

  describe('corrections', () => {
    const first = decision({ id: 'd1', outcome: 'validated', decidedOn: '2026-06-20', sequence: 1 });

    it('needs a reason and supersedes the current decision on the same attempt', () => {
      expect(
        checkDecision(passed, draft({ outcome: 'not_validated', comment: 'Erreur de saisie', decidedOn: '2026-06-25' }), {
          current: first,
        }),
      ).toEqual({
        ok: false,
        code: 'CORRECTION_WITHOUT_REASON',
        message:
          'Le bloc BC02 a déjà une décision pour le passage 1 du 01/06/2026 (« validé », jury du 20/06/2026) : la correction doit être motivée.',
      });
      const corrected = draft({
        outcome: 'not_validated',
        comment: 'Note erronée',
        correctionReason: ' Erreur de report de note ',
        decidedOn: '2026-06-25',
      });
      expect(checkDecision(passed, corrected, { current: first })).toEqual({
        ok: true,
        attemptNumber: 1,
        proposal: 'validated',
        override: true,
        supersedesId: 'd1',
        comment: 'Note erronée',
        correctionReason: 'Erreur de report de note',
      });
    });

    it('may be dated the same day as the current decision, not before', () => {
      expect(checkDecision(passed, draft({ correctionReason: 'Confirmation' }), { current: first })).toMatchObject({
        ok: true,
        supersedesId: 'd1',
      });
      expect(checkDecision(passed, draft({ correctionReason: 'Motif', decidedOn: '2026-06-19' }), { current: first })).toEqual({
        ok: false,
        code: 'DECISION_BEFORE_CURRENT',
        message: 'Une décision du 20/06/2026 existe déjà : la nouvelle ne peut pas être datée du 19/06/2026.',
      });
    });

    it('is not a correction when the current decision is on an earlier attempt', () => {
      const retake = juryProposal([attempt(1, '2026-06-01', 'failed'), attempt(2, '2027-01-15', 'passed')]);
      const onFirst = decision({ outcome: 'not_validated', proposal: 'not_validated' });
      expect(checkDecision(retake, draft({ decidedOn: '2027-01-30', correctionReason: 'ignored' }), { current: onFirst })).toEqual({
        ok: true,
        attemptNumber: 2,
        proposal: 'validated',
        override: false,
        supersedesId: null,
        comment: null,
        correctionReason: null,
      });
    });

    it('throws a RangeError on a current decision of another block or a later attempt', () => {
      expect(() => checkDecision(passed, draft(), { current: decision({ blockCode: 'BC03' }) })).toThrow(RangeError);
      expect(() => checkDecision(passed, draft(), { current: decision({ attemptNumber: 2 }) })).toThrow(RangeError);
    });
  });

  it('checks in order: attempt, dates, AFGSU, comment, correction reason', () => {
    const bc04 = juryProposal([attempt(1, '2026-06-01', 'failed')]);
    const current = decision({ blockCode: 'BC04', decidedOn: '2026-06-20', outcome: 'not_validated' });
    const base = { blockCode: 'BC04', outcome: 'validated' as const, comment: null, correctionReason: null };
    const ctx = { current, afgsu: { afgsuValid: false, reason: 'AFGSU manquante' } };
    expect(checkDecision(bc04, { ...base, decidedOn: '2026-05-01' }, ctx)).toMatchObject({ code: 'DECISION_BEFORE_SESSION' });
    expect(checkDecision(bc04, { ...base, decidedOn: '2026-06-10' }, ctx)).toMatchObject({ code: 'DECISION_BEFORE_CURRENT' });
    expect(checkDecision(bc04, { ...base, decidedOn: '2026-06-21' }, ctx)).toMatchObject({ code: 'BC04_REQUIRES_AFGSU' });
    const valid = { ...ctx, afgsu: { afgsuValid: true, reason: '' } };
    expect(checkDecision(bc04, { ...base, decidedOn: '2026-06-21' }, valid)).toMatchObject({ code: 'OVERRIDE_WITHOUT_COMMENT' });
    expect(checkDecision(bc04, { ...base, decidedOn: '2026-06-21', comment: 'c' }, valid)).toMatchObject({
      code: 'CORRECTION_WITHOUT_REASON',
    });
  });

  it('throws a RangeError on a malformed draft or proposal', () => {
    expect(() => checkDecision(passed, draft({ decidedOn: '20/06/2026' }), { current: null })).toThrow(RangeError);
    expect(() => checkDecision(passed, draft({ outcome: 'maybe' as 'validated' }), { current: null })).toThrow(RangeError);
    expect(() => checkDecision(passed, draft({ blockCode: ' ' }), { current: null })).toThrow(RangeError);
    const bad: JuryProposal = { ...passed, sessionDate: '2026-13-01' };
    expect(() => checkDecision(bad, draft(), { current: null })).toThrow(RangeError);
    expect(() => checkDecision({ ...passed, proposal: 'yes' as 'validated' }, draft(), { current: null })).toThrow(RangeError);
  });
});

describe('currentDecision and decisionHistory', () => {
  const d1 = decision({ id: 'd1', outcome: 'validated', decidedOn: '2026-06-20', sequence: 1 });
  const d2 = decision({
    id: 'd2',
    outcome: 'not_validated',
    decidedOn: '2026-06-25',
    sequence: 2,
    supersedesId: 'd1',
    correctionReason: 'Erreur',
  });
  const d3 = decision({
    id: 'd3',
    outcome: 'validated',
    decidedOn: '2026-06-25',
    sequence: 3,
    supersedesId: 'd2',
    correctionReason: 'Erreur sur l’erreur',
  });

  it('is null for an empty history', () => {
    expect(currentDecision([])).toBeNull();
    expect(decisionHistory([])).toEqual([]);
  });

  it('is the latest by date, then by sequence, whatever the input order; the history stays whole', () => {
    const history = [d3, d1, d2];
    expect(currentDecision(history)).toBe(d3);
    expect(decisionHistory(history)).toEqual([d1, d2, d3]);
    expect(history).toEqual([d3, d1, d2]);
    expect(currentDecision([d1, d2])).toBe(d2);
  });

  it('orders by date before sequence', () => {
    const late = decision({ id: 'late', decidedOn: '2026-07-01', sequence: 1 });
    const early = decision({ id: 'early', decidedOn: '2026-06-01', sequence: 9 });
    expect(currentDecision([late, early])).toBe(late);
  });

  it('throws a RangeError on duplicates, mixed blocks or malformed decisions', () => {
    expect(() => currentDecision([d1, { ...d2, id: 'd1' }])).toThrow(RangeError);
    expect(() => currentDecision([d1, { ...d2, sequence: 1 }])).toThrow(RangeError);
    expect(() => currentDecision([d1, { ...d2, blockCode: 'BC03' }])).toThrow(RangeError);
    expect(() => currentDecision([{ ...d1, decidedOn: '2026-02-29' }])).toThrow(RangeError);
    expect(() => currentDecision([{ ...d1, sequence: 1.5 }])).toThrow(RangeError);
    expect(() => currentDecision([{ ...d1, attemptNumber: 0 }])).toThrow(RangeError);
    expect(() => currentDecision([{ ...d1, outcome: 'ok' as 'validated' }])).toThrow(RangeError);
    expect(() => currentDecision([{ ...d1, proposal: 'ok' as 'validated' }])).toThrow(RangeError);
    expect(() => currentDecision([{ ...d1, id: '' }])).toThrow(RangeError);
  });

  it('is the latest of any history (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 12, maxLength: 12 }),
        (sequences, offsets) => {
          const history = sequences.map((sequence, i) =>
            decision({
              id: `d${i}`,
              sequence,
              decidedOn: addDays('2026-01-01', offsets[i]),
              outcome: i % 2 ? 'validated' : 'not_validated',
            }),
          );
          const current = currentDecision(history)!;
          for (const d of history) {
            expect(d.decidedOn < current.decidedOn || (d.decidedOn === current.decidedOn && d.sequence <= current.sequence)).toBe(true);
          }
          expect(decisionHistory(history).at(-1)).toBe(current);
          expect(decisionHistory(history)).toHaveLength(history.length);
          expect(currentDecision([...history].reverse())).toBe(current);
        },
      ),
    );
  });
});
