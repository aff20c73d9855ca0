import fc from 'fast-check';
import { Epreuve, Mark, MarkSheet, ResultRule } from './assessment';
import { attemptResult } from './attempt.rules';

const ep = (id: string, label: string, over: Partial<Epreuve> = {}): Epreuve => ({
  id,
  blockCode: 'BC02',
  kind: 'written',
  label,
  maxMark: 20,
  passMark: 10,
  weight: 1,
  ...over,
});
const written = ep('w', 'Écrit', { weight: 2 });
const oral = ep('o', 'Oral', { kind: 'oral' });
const practical = ep('p', 'Mise en situation', { kind: 'practical', maxMark: 40, passMark: 20 });
const block = [written, oral, practical];

describe('attemptResult — weighted average', () => {
  it('passes a weighted average at or above 10, normalised to 20', () => {
    // (2 × 12 + 1 × 8 + 1 × 28/40×20) / 4 = (24 + 8 + 14) / 4 = 11.5
    expect(attemptResult(block, { w: 12, o: 8, p: 28 })).toEqual({
      status: 'passed',
      average: 11.5,
      explanation: 'Moyenne pondérée 11,5/20 ≥ 10 : bloc réussi.',
      missing: [],
    });
  });

  it('explains with the two decimals of the brief', () => {
    // (2 × 11 + 1 × 12 + 1 × 22/40 × 20) / 4 = (22 + 12 + 11) / 4
    expect(attemptResult(block, { w: 11, o: 12, p: 22 })).toMatchObject({
      status: 'passed',
      average: 11.25,
      explanation: 'Moyenne pondérée 11,25/20 ≥ 10 : bloc réussi.',
    });
  });

  it('passes when the pass mark is exactly reached, fails a hundredth below', () => {
    expect(attemptResult(block, { w: 10, o: 10, p: 20 })).toMatchObject({ status: 'passed', average: 10 });
    expect(attemptResult(block, { w: 9.5, o: 11, p: 20 })).toMatchObject({ status: 'passed', average: 10 });
    expect(attemptResult(block, { w: 9.98, o: 10, p: 20 })).toEqual({
      status: 'failed',
      average: 9.99,
      explanation: 'Moyenne pondérée 9,99/20 < 10 : bloc non réussi.',
      missing: [],
    });
  });

  it('compares the rounded average, the one shown', () => {
    const thirds = [ep('a', 'A', { weight: 1 / 3 }), ep('b', 'B', { weight: 1 / 3 }), ep('c', 'C', { weight: 1 / 3 })];
    expect(attemptResult(thirds, { a: 9.99, b: 10.01, c: 10 })).toMatchObject({ status: 'passed', average: 10 });
    expect(attemptResult(thirds, { a: 9.99, b: 10, c: 10 })).toMatchObject({ status: 'passed', average: 10 }); // 9.9967 reads 10
    expect(attemptResult(thirds, { a: 9.98, b: 10, c: 10 })).toMatchObject({ status: 'failed', average: 9.99 });
  });

  it('rounds the average to 2 decimals', () => {
    const three = [ep('a', 'A'), ep('b', 'B'), ep('c', 'C')];
    expect(attemptResult(three, { a: 10, b: 10, c: 11 })).toMatchObject({ average: 10.33 });
    expect(attemptResult(three, { a: 10, b: 11, c: 11 })).toMatchObject({ average: 10.67 });
  });

  it('counts the weights', () => {
    expect(attemptResult([written, oral], { w: 8, o: 14 })).toMatchObject({ status: 'passed', average: 10 });
    expect(attemptResult([ep('w', 'Écrit', { weight: 3 }), oral], { w: 8, o: 14 })).toMatchObject({ status: 'failed', average: 9.5 });
    expect(attemptResult([ep('w', 'Écrit', { weight: 0.5 }), oral], { w: 8, o: 14 })).toMatchObject({ status: 'passed', average: 12 });
  });

  it('counts an absence as 0 and says so', () => {
    expect(attemptResult(block, { w: 16, o: 'absent', p: 32 })).toEqual({
      status: 'passed',
      average: 12,
      explanation: 'Épreuve « Oral » absente : 0. Moyenne pondérée 12/20 ≥ 10 : bloc réussi.',
      missing: [],
    });
    expect(attemptResult([written, oral], { w: 'absent', o: 'absent' })).toEqual({
      status: 'failed',
      average: 0,
      explanation: 'Épreuve « Écrit » absente : 0. Épreuve « Oral » absente : 0. Moyenne pondérée 0/20 < 10 : bloc non réussi.',
      missing: [],
    });
  });

  it('follows the block pass mark', () => {
    expect(attemptResult(block, { w: 11, o: 12, p: 22 }, 'weighted_average', 12)).toMatchObject({
      status: 'failed',
      explanation: 'Moyenne pondérée 11,25/20 < 12 : bloc non réussi.',
    });
    expect(attemptResult(block, { w: 11, o: 12, p: 22 }, 'weighted_average', 11.25)).toMatchObject({ status: 'passed' });
    expect(attemptResult(block, { w: 0, o: 0, p: 0 }, 'weighted_average', 0)).toMatchObject({ status: 'passed', average: 0 });
  });
});

describe('attemptResult — all passed', () => {
  it('passes when every épreuve reaches its own pass mark', () => {
    expect(attemptResult(block, { w: 10, o: 10, p: 20 }, 'all_passed')).toEqual({
      status: 'passed',
      average: 10,
      explanation: 'Toutes les épreuves atteignent leur note minimale (moyenne 10/20) : bloc réussi.',
      missing: [],
    });
  });

  it('fails with one épreuve below, whatever the average', () => {
    expect(attemptResult(block, { w: 18, o: 9.5, p: 38 }, 'all_passed')).toEqual({
      status: 'failed',
      average: 16.13,
      explanation: 'Épreuve « Oral » : 9,5/20, sous la note minimale de 10/20. 1 épreuve non réussie (moyenne 16,13/20) : bloc non réussi.',
      missing: [],
    });
  });

  it('fails an absent épreuve', () => {
    expect(attemptResult(block, { w: 18, o: 'absent', p: 19 }, 'all_passed')).toMatchObject({
      status: 'failed',
      explanation:
        'Épreuve « Oral » absente : non réussie. Épreuve « Mise en situation » : 19/40, sous la note minimale de 20/40. ' +
        '2 épreuves non réussies (moyenne 11,38/20) : bloc non réussi.',
    });
  });

  it('uses each épreuve’s pass mark on its own scale', () => {
    const strict = ep('s', 'Dossier', { kind: 'dossier', maxMark: 10, passMark: 7 });
    expect(attemptResult([strict], { s: 6.99 }, 'all_passed')).toMatchObject({ status: 'failed', average: 13.98 });
    expect(attemptResult([strict], { s: 7 }, 'all_passed')).toMatchObject({ status: 'passed', average: 14 });
    const lenient = ep('l', 'Évaluation tuteur', { kind: 'tutor_evaluation', passMark: 0 });
    expect(attemptResult([lenient], { l: 0 }, 'all_passed')).toMatchObject({ status: 'passed' });
    expect(attemptResult([lenient], { l: 'absent' }, 'all_passed')).toMatchObject({ status: 'failed' });
  });
});

describe('attemptResult — incomplete', () => {
  it('is incomplete while any épreuve has no mark, listing them', () => {
    expect(attemptResult(block, { w: 12 })).toEqual({
      status: 'incomplete',
      average: null,
      explanation: '2 épreuves sans note : « Oral » et « Mise en situation ».',
      missing: ['o', 'p'],
    });
    expect(attemptResult(block, { w: 12, o: null, p: 'absent' }, 'all_passed')).toEqual({
      status: 'incomplete',
      average: null,
      explanation: '1 épreuve sans note : « Oral ».',
      missing: ['o'],
    });
    expect(attemptResult(block, { w: undefined, o: 3, p: 4 })).toMatchObject({ status: 'incomplete', missing: ['w'] });
    expect(attemptResult(block, {})).toMatchObject({ status: 'incomplete', missing: ['w', 'o', 'p'] });
  });
});

describe('attemptResult — malformed input', () => {
  it('throws a RangeError', () => {
    expect(() => attemptResult([], {})).toThrow(RangeError);
    expect(() => attemptResult([written, { ...oral, blockCode: 'BC03' }], {})).toThrow(RangeError);
    expect(() => attemptResult([written, { ...oral, id: 'w' }], {})).toThrow(RangeError);
    expect(() => attemptResult([{ ...written, weight: -2 }], { w: 10 })).toThrow(RangeError);
    expect(() => attemptResult([{ ...written, maxMark: 0 }], { w: 0 })).toThrow(RangeError);
    expect(() => attemptResult(block, { w: 10, o: 10, p: 10, x: 10 })).toThrow('Note pour une épreuve inconnue du bloc : « x ».');
    expect(() => attemptResult(block, { w: 21, o: 10, p: 10 })).toThrow('Épreuve « Écrit » : La note doit être comprise entre 0 et 20.');
    expect(() => attemptResult(block, { w: 10, o: 10.001, p: 10 })).toThrow(RangeError);
    expect(() => attemptResult(block, { w: 10 }, 'best_of' as ResultRule)).toThrow(RangeError);
    expect(() => attemptResult(block, { w: 10 }, 'weighted_average', 21)).toThrow(RangeError);
    expect(() => attemptResult(block, { w: 10 }, 'weighted_average', NaN)).toThrow(RangeError);
  });
});

describe('attemptResult — properties', () => {
  const epreuveArb = (i: number) =>
    fc
      .record({
        maxMark: fc.constantFrom(10, 20, 40, 100),
        passRatio: fc.integer({ min: 0, max: 20 }),
        weight: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.01, max: 5, noNaN: true })),
      })
      .map(({ maxMark, passRatio, weight }): Epreuve =>
        ep(`e${i}`, `Épreuve ${i}`, { maxMark, passMark: (maxMark * passRatio) / 20, weight }),
      );
  const blockArb = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => epreuveArb(i))));
  const markArb = (e: Epreuve) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<Mark>('absent') },
      { weight: 6, arbitrary: fc.integer({ min: 0, max: e.maxMark * 100 }).map((h) => h / 100) },
    );
  const sheetArb = blockArb.chain((epreuves) =>
    fc.tuple(fc.constant(epreuves), fc.tuple(...epreuves.map(markArb))).map(([es, marks]) => ({
      epreuves: es,
      marks: Object.fromEntries(es.map((e, i) => [e.id, marks[i]])) as MarkSheet,
    })),
  );
  const ruleArb = fc.constantFrom<ResultRule>('weighted_average', 'all_passed');
  const passArb = fc.integer({ min: 0, max: 2000 }).map((h) => h / 100);

  it('gives an average within 0..20 with at most 2 decimals once complete', () => {
    fc.assert(
      fc.property(sheetArb, ruleArb, passArb, ({ epreuves, marks }, rule, pass) => {
        const result = attemptResult(epreuves, marks, rule, pass);
        expect(result.status).not.toBe('incomplete');
        expect(result.average).toBeGreaterThanOrEqual(0);
        expect(result.average).toBeLessThanOrEqual(20);
        expect(Math.round(result.average! * 100) / 100).toBe(result.average);
        expect(result.missing).toEqual([]);
      }),
    );
  });

  it('never turns passed into failed when a mark is raised (or an absence replaced by a mark)', () => {
    fc.assert(
      fc.property(
        sheetArb,
        ruleArb,
        passArb,
        fc.nat(),
        fc.integer({ min: 0, max: 10_000 }),
        ({ epreuves, marks }, rule, pass, pick, raise) => {
          const target = epreuves[pick % epreuves.length];
          const before = marks[target.id]!;
          const base = before === 'absent' ? 0 : before;
          const raised = Math.min(target.maxMark * 100, Math.round(base * 100) + raise) / 100;
          const after = attemptResult(epreuves, { ...marks, [target.id]: raised }, rule, pass);
          const previous = attemptResult(epreuves, marks, rule, pass);
          expect(after.average!).toBeGreaterThanOrEqual(previous.average!);
          if (previous.status === 'passed') expect(after.status).toBe('passed');
        },
      ),
    );
  });

  it('is incomplete exactly when a mark is missing, whatever the rule', () => {
    fc.assert(
      fc.property(sheetArb, ruleArb, fc.nat(), ({ epreuves, marks }, rule, pick) => {
        const dropped = epreuves[pick % epreuves.length].id;
        const { [dropped]: _removed, ...rest } = marks;
        const result = attemptResult(epreuves, rest, rule);
        expect(result).toMatchObject({ status: 'incomplete', average: null, missing: [dropped] });
      }),
    );
  });

  it('all_passed passes exactly when every mark reaches its épreuve’s pass mark', () => {
    fc.assert(
      fc.property(sheetArb, ({ epreuves, marks }) => {
        const allPassed = epreuves.every((e) => marks[e.id] !== 'absent' && (marks[e.id] as number) >= e.passMark);
        expect(attemptResult(epreuves, marks, 'all_passed').status).toBe(allPassed ? 'passed' : 'failed');
      }),
    );
  });
});
