import fc from 'fast-check';
import { addDays, addYears } from '@app/platform/time/calendar';
import { AttemptRecord, BlockOutcome, DEFAULT_ASSESSMENT_SETTINGS, JuryDecision } from './assessment';
import { checkRetake, remainingAttempts, retakeDeadline, RetakeSettings, retakeOutlook } from './retake.rules';

const settings: RetakeSettings = { maxAttempts: 3, retakeWindowYears: 5, blockValidityYears: null };
const attempt = (number: number, sessionDate: string, result: AttemptRecord['result'] = 'failed'): AttemptRecord => ({
  number,
  sessionDate,
  result,
});
const decision = (
  attemptNumber: number,
  decidedOn: string,
  outcome: BlockOutcome = 'not_validated',
  over: Partial<JuryDecision> = {},
): JuryDecision => ({
  id: `d${attemptNumber}-${decidedOn}`,
  blockCode: 'BC02',
  attemptNumber,
  proposal: outcome,
  outcome,
  comment: null,
  supersedesId: null,
  correctionReason: null,
  decidedOn,
  sequence: Number(decidedOn.replaceAll('-', '')),
  ...over,
});
const a1 = attempt(1, '2021-06-01');
const d1 = decision(1, '2021-06-20');
const check = (newSessionDate: string, attempts = [a1], decisions = [d1], rules: RetakeSettings = settings) =>
  checkRetake({ blockCode: 'BC02', attempts, decisions, newSessionDate, settings: rules });

describe('checkRetake', () => {
  it('allows attempt n + 1 after a « non validé » decision', () => {
    expect(check('2022-01-10')).toEqual({ ok: true, attemptNumber: 2, remainingAfter: 1, deadline: '2026-06-01' });
  });

  it('decides from the attempts’ numbers and dates alone: their results do not change it', () => {
    const dated = [{ number: 1, sessionDate: '2021-06-01' }];
    expect(checkRetake({ blockCode: 'BC02', attempts: dated, decisions: [d1], newSessionDate: '2022-01-10', settings })).toEqual(
      check('2022-01-10', [attempt(1, '2021-06-01', 'passed')]),
    );
  });

  it('allows a first attempt when there is none', () => {
    expect(check('2022-01-10', [], [])).toEqual({ ok: true, attemptNumber: 1, remainingAfter: 2, deadline: null });
  });

  it('allows the last day of the window, refuses the day after', () => {
    expect(check('2026-06-01')).toMatchObject({ ok: true, attemptNumber: 2 });
    expect(check('2026-06-02')).toEqual({
      ok: false,
      code: 'RETAKE_WINDOW_PASSED',
      message:
        'Le bloc BC02 peut être repassé jusqu’au 01/06/2026 (5 ans après le premier passage du 01/06/2021) : session du 02/06/2026 hors délai.',
    });
  });

  it('handles a first attempt on 29 February with a 1-year window', () => {
    const leap = [attempt(1, '2024-02-29')];
    const decided = [decision(1, '2024-03-10')];
    const oneYear = { ...settings, retakeWindowYears: 1 };
    expect(check('2025-02-28', leap, decided, oneYear)).toMatchObject({ ok: true, deadline: '2025-02-28' });
    expect(check('2025-03-01', leap, decided, oneYear)).toMatchObject({
      ok: false,
      code: 'RETAKE_WINDOW_PASSED',
      message: expect.stringContaining('jusqu’au 28/02/2025 (1 an après le premier passage du 29/02/2024)'),
    });
  });

  it('allows the 3rd attempt (2nd retake) and refuses a 3rd retake with a maximum of 3 attempts', () => {
    const two = [a1, attempt(2, '2022-01-10')];
    const twoDecided = [d1, decision(2, '2022-01-30')];
    expect(check('2022-06-10', two, twoDecided)).toEqual({ ok: true, attemptNumber: 3, remainingAfter: 0, deadline: '2026-06-01' });
    const three = [...two, attempt(3, '2022-06-10')];
    expect(check('2023-01-10', three, [...twoDecided, decision(3, '2022-06-30')])).toEqual({
      ok: false,
      code: 'MAX_ATTEMPTS_REACHED',
      message: '3 passages au plus : le bloc BC02 a déjà été présenté 3 fois.',
    });
    expect(check('2022-06-10', two, twoDecided, { ...settings, maxAttempts: 2 })).toMatchObject({
      code: 'MAX_ATTEMPTS_REACHED',
      message: '2 passages au plus : le bloc BC02 a déjà été présenté 2 fois.',
    });
    expect(check('2022-06-10', [a1], [d1], { ...settings, maxAttempts: 1 })).toMatchObject({
      message: '1 passage au plus : le bloc BC02 a déjà été présenté 1 fois.',
    });
  });

  it('refuses while the latest attempt has no jury decision', () => {
    expect(check('2022-01-10', [a1], [])).toEqual({
      ok: false,
      code: 'NO_DECISION_YET',
      message: 'Le passage 1 du 01/06/2021 du bloc BC02 n’a pas encore de décision du jury.',
    });
    expect(check('2022-06-10', [a1, attempt(2, '2022-01-10')], [d1])).toMatchObject({
      code: 'NO_DECISION_YET',
      message: expect.stringContaining('passage 2 du 10/01/2022'),
    });
  });

  it('refuses a session not after the latest attempt', () => {
    expect(check('2021-06-01')).toEqual({
      ok: false,
      code: 'RETAKE_NOT_LATER',
      message: 'La nouvelle session (01/06/2021) doit être postérieure au passage 1 du 01/06/2021.',
    });
    expect(check('2021-05-01')).toMatchObject({ code: 'RETAKE_NOT_LATER' });
    expect(check('2021-06-02')).toMatchObject({ ok: true });
  });

  describe('a validated block', () => {
    const passed = [attempt(1, '2021-06-01', 'passed')];
    const validated = [decision(1, '2021-06-20', 'validated')];

    it('is refused while acquired for life', () => {
      expect(check('2022-01-10', passed, validated)).toEqual({
        ok: false,
        code: 'BLOCK_ALREADY_VALIDATED',
        message: 'Le bloc BC02 est déjà validé (jury du 20/06/2021, acquis à vie).',
      });
    });

    it('validated 5 years ago with blockValidityYears 5: acquired on the last day, not the day after', () => {
      const five = { ...settings, blockValidityYears: 5, retakeWindowYears: 10 };
      expect(check('2026-06-20', passed, validated, five)).toEqual({
        ok: false,
        code: 'BLOCK_ALREADY_VALIDATED',
        message: 'Le bloc BC02 est déjà validé (jury du 20/06/2021, acquis jusqu’au 20/06/2026).',
      });
      expect(check('2026-06-21', passed, validated, five)).toEqual({
        ok: true,
        attemptNumber: 2,
        remainingAfter: 1,
        deadline: '2031-06-01',
      });
      expect(check('2026-06-21', passed, validated, { ...five, retakeWindowYears: 5 })).toMatchObject({ code: 'RETAKE_WINDOW_PASSED' });
    });

    it('is refused even for a session before the validation date', () => {
      expect(check('2021-06-10', passed, validated)).toMatchObject({ code: 'BLOCK_ALREADY_VALIDATED' });
    });

    it('follows the current decision after a correction', () => {
      const corrected = [
        ...validated,
        decision(1, '2021-07-01', 'not_validated', { supersedesId: 'd1-2021-06-20', correctionReason: 'Erreur' }),
      ];
      expect(check('2022-01-10', passed, corrected)).toMatchObject({ ok: true, attemptNumber: 2 });
      const undone = [...corrected, decision(1, '2021-07-02', 'validated', { correctionReason: 'Erreur sur l’erreur' })];
      expect(check('2022-01-10', passed, undone)).toMatchObject({ code: 'BLOCK_ALREADY_VALIDATED' });
    });

    it('checks « already validated » before the maximum of attempts', () => {
      const three = [a1, attempt(2, '2022-01-10'), attempt(3, '2022-06-10', 'passed')];
      const decided = [d1, decision(2, '2022-01-30'), decision(3, '2022-06-30', 'validated')];
      expect(check('2023-01-10', three, decided)).toMatchObject({ code: 'BLOCK_ALREADY_VALIDATED' });
    });
  });

  it('checks the maximum before the missing decision, the order before the window', () => {
    const three = [a1, attempt(2, '2022-01-10'), attempt(3, '2022-06-10')];
    expect(check('2023-01-10', three, [d1])).toMatchObject({ code: 'MAX_ATTEMPTS_REACHED' });
    expect(check('2030-01-10', [a1], [])).toMatchObject({ code: 'NO_DECISION_YET' });
    const late = [a1, attempt(2, '2026-06-01')];
    expect(check('2026-05-01', late, [d1, decision(2, '2026-06-10')])).toMatchObject({ code: 'RETAKE_NOT_LATER' });
  });

  it('ignores decisions of other blocks', () => {
    expect(check('2022-01-10', [a1], [decision(1, '2021-06-20', 'validated', { blockCode: 'BC03' }), d1])).toMatchObject({ ok: true });
  });

  it('throws a RangeError on malformed input', () => {
    expect(() => check('2022-02-30')).toThrow(RangeError);
    expect(() => check('2022-01-10', [a1], [decision(2, '2021-06-20')])).toThrow(RangeError);
    expect(() => check('2022-01-10', [attempt(2, '2021-06-01')], [])).toThrow(RangeError);
    expect(() => check('2022-01-10', [a1], [d1], { ...settings, maxAttempts: 0 })).toThrow(RangeError);
    expect(() => check('2022-01-10', [a1], [d1], { ...settings, retakeWindowYears: -1 })).toThrow(RangeError);
    expect(() => check('2022-01-10', [a1], [d1], { ...settings, blockValidityYears: 0 })).toThrow(RangeError);
    expect(() => checkRetake({ blockCode: '', attempts: [], decisions: [], newSessionDate: '2022-01-10', settings })).toThrow(RangeError);
  });

  it('when allowed, the attempts made are fewer than the maximum and the date is in the window (property)', () => {
    let allowed = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12_000 }).map((n) => addDays('2000-01-01', n)),
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 5 }),
        fc.array(fc.constantFrom<BlockOutcome | null>('validated', 'not_validated', null), { minLength: 5, maxLength: 5 }),
        fc.record({
          maxAttempts: fc.integer({ min: 1, max: 5 }),
          retakeWindowYears: fc.integer({ min: 1, max: 6 }),
          blockValidityYears: fc.option(fc.integer({ min: 1, max: 6 })),
        }),
        fc.integer({ min: -100, max: 3000 }),
        (start, gaps, outcomes, rules, offset) => {
          const dates = gaps.reduce<string[]>((acc, gap) => [...acc, addDays(acc.at(-1) ?? start, acc.length === 0 ? 0 : gap)], []);
          const attempts = dates.map((d, i) => attempt(i + 1, d, outcomes[i] === 'validated' ? 'passed' : 'failed'));
          const decisions = attempts.flatMap((a, i) =>
            outcomes[i] === null ? [] : [decision(a.number, addDays(a.sessionDate, 10), outcomes[i]!)],
          );
          const last = dates.at(-1) ?? start;
          const newSessionDate = addDays(last, offset);
          const result = checkRetake({ blockCode: 'BC02', attempts, decisions, newSessionDate, settings: rules });
          runs += 1;
          if (!result.ok) return;
          allowed += 1;
          expect(attempts.length).toBeLessThan(rules.maxAttempts);
          expect(result.attemptNumber).toBe(attempts.length + 1);
          expect(result.remainingAfter).toBe(rules.maxAttempts - attempts.length - 1);
          if (attempts.length > 0) {
            expect(newSessionDate > last).toBe(true);
            expect(newSessionDate <= addYears(attempts[0].sessionDate, rules.retakeWindowYears)).toBe(true);
            expect(decisions.some((d) => d.attemptNumber === attempts.length)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
    // At least one case in ten allowed: the property is not checked on refusals only.
    expect(allowed).toBeGreaterThan(runs / 10);
  });
});

describe('retakeDeadline and remainingAttempts', () => {
  it('gives the last day of the window', () => {
    expect(retakeDeadline('2021-06-01', DEFAULT_ASSESSMENT_SETTINGS)).toBe('2026-06-01');
    expect(retakeDeadline('2024-02-29', { retakeWindowYears: 1 })).toBe('2025-02-28');
    expect(retakeDeadline('2024-02-29', { retakeWindowYears: 4 })).toBe('2028-02-29');
    expect(() => retakeDeadline('2024-02-30', { retakeWindowYears: 1 })).toThrow(RangeError);
    expect(() => retakeDeadline('2024-02-28', { retakeWindowYears: 0 })).toThrow(RangeError);
  });

  it('counts the attempts left, never below 0', () => {
    expect(remainingAttempts(0, settings)).toBe(3);
    expect(remainingAttempts(2, settings)).toBe(1);
    expect(remainingAttempts(3, settings)).toBe(0);
    expect(remainingAttempts(5, settings)).toBe(0);
    expect(() => remainingAttempts(-1, settings)).toThrow(RangeError);
    expect(() => remainingAttempts(1.5, settings)).toThrow(RangeError);
    expect(() => remainingAttempts(1, { maxAttempts: 0 })).toThrow(RangeError);
  });
});

describe('retakeOutlook', () => {
  const outlook = (today: string, attempts = [a1], decisions = [d1], rules = settings) =>
    retakeOutlook({ blockCode: 'BC02', attempts, decisions, today, settings: rules });

  it('before any attempt: every attempt remains, no deadline yet', () => {
    expect(outlook('2021-01-01', [], [])).toEqual({
      canRetake: true,
      remainingAttempts: 3,
      deadline: null,
      message: '3 passages possibles.',
    });
  });

  it('says how many attempts remain and until when', () => {
    expect(outlook('2022-01-01')).toEqual({
      canRetake: true,
      remainingAttempts: 2,
      deadline: '2026-06-01',
      message: 'Encore 2 passages possibles, jusqu’au 01/06/2026 inclus.',
    });
    const two = [a1, attempt(2, '2022-01-10')];
    expect(outlook('2026-06-01', two, [d1, decision(2, '2022-01-30')])).toMatchObject({
      canRetake: true,
      remainingAttempts: 1,
      message: 'Encore 1 passage possible, jusqu’au 01/06/2026 inclus.',
    });
  });

  it('explains why no retake is possible', () => {
    expect(outlook('2026-06-02')).toMatchObject({ canRetake: false, message: 'Délai de rattrapage dépassé depuis le 02/06/2026.' });
    expect(outlook('2022-01-01', [a1], [])).toMatchObject({ canRetake: false, message: 'Décision du jury attendue pour le passage 1.' });
    const three = [a1, attempt(2, '2022-01-10'), attempt(3, '2022-06-10')];
    expect(outlook('2023-01-01', three, [d1])).toMatchObject({
      canRetake: false,
      remainingAttempts: 0,
      message: 'Nombre maximal de passages atteint (3).',
    });
    const validated = [decision(1, '2021-06-20', 'validated')];
    expect(outlook('2022-01-01', [attempt(1, '2021-06-01', 'passed')], validated)).toMatchObject({
      canRetake: false,
      message: 'Bloc validé : pas de rattrapage.',
    });
    const five = { ...settings, blockValidityYears: 5, retakeWindowYears: 10 };
    expect(outlook('2026-06-21', [attempt(1, '2021-06-01', 'passed')], validated, five)).toMatchObject({
      canRetake: true,
      remainingAttempts: 2,
    });
  });
});
