import fc from 'fast-check';
import { JuryDecision } from './assessment';
import { certificationReadiness, minimumAttendedMinutes, READINESS_KEYS, READINESS_LABELS, ReadinessInput } from './readiness.rules';

const CODES = ['BC01', 'BC02', 'BC03', 'BC04'];
const validated = (blockCode: string, decidedOn = '2026-06-20', over: Partial<JuryDecision> = {}): JuryDecision => ({
  id: `d-${blockCode}-${decidedOn}`,
  blockCode,
  attemptNumber: 1,
  proposal: 'validated',
  outcome: 'validated',
  comment: null,
  supersedesId: null,
  correctionReason: null,
  decidedOn,
  sequence: 1,
  ...over,
});
const allGood: ReadinessInput = {
  blockCodes: CODES,
  juryDate: '2026-07-01',
  decisions: CODES.map((c) => validated(c)),
  priorValidations: [],
  blockValidityYears: null,
  afgsu: { afgsuValid: true, reason: 'AFGSU 1 valable jusqu’au 14/03/2030' },
  hours: { attendedMinutes: 251 * 60 + 30, requiredMinutes: 279 * 60, allowedAbsencePercent: 10 },
  tutorEvaluations: { required: 3, submitted: 3 },
  fileComplete: true,
};
const readiness = (over: Partial<ReadinessInput> = {}) => certificationReadiness({ ...allGood, ...over });

describe('certificationReadiness', () => {
  it('is ready when every item passes', () => {
    const result = readiness();
    expect(result.ready).toBe(true);
    expect(result.summary).toBe('Prêt pour la certification : toutes les conditions sont remplies.');
    expect(result.items).toEqual([
      { key: 'blocks', ok: true, label: 'Blocs de compétences validés', detail: 'BC01, BC02, BC03 et BC04 validés' },
      { key: 'afgsu', ok: true, label: 'AFGSU valide à la date du jury', detail: 'AFGSU 1 valable jusqu’au 14/03/2030' },
      {
        key: 'hours',
        ok: true,
        label: 'Heures de formation suivies',
        detail: '251 h 30 sur 279 h requises (au moins 251 h 06 avec 10 % d’absence admise)',
      },
      { key: 'tutorEvaluations', ok: true, label: 'Évaluations du tuteur transmises', detail: '3 évaluations transmises sur 3 attendues' },
      { key: 'file', ok: true, label: 'Dossier d’inscription complet', detail: 'Dossier complet' },
    ]);
    expect(result.blocks.map((b) => b.acquired)).toEqual([true, true, true, true]);
  });

  it('fails every item, in the fixed order', () => {
    const result = readiness({
      decisions: [validated('BC01'), validated('BC03'), validated('BC04', '2026-06-20', { outcome: 'not_validated' })],
      afgsu: { afgsuValid: false, reason: 'AFGSU expirée depuis le 15/03/2026' },
      hours: { attendedMinutes: 15065, requiredMinutes: 16740, allowedAbsencePercent: 10 },
      tutorEvaluations: { required: 3, submitted: 2 },
      fileComplete: false,
    });
    expect(result.ready).toBe(false);
    expect(result.summary).toBe('Pas encore prêt pour la certification : 5 conditions sur 5 non remplies.');
    expect(result.items.map((i) => i.key)).toEqual(READINESS_KEYS);
    expect(result.items).toEqual([
      { key: 'blocks', ok: false, label: READINESS_LABELS.blocks, detail: 'BC02 et BC04 non validés' },
      { key: 'afgsu', ok: false, label: READINESS_LABELS.afgsu, detail: 'AFGSU expirée depuis le 15/03/2026' },
      {
        key: 'hours',
        ok: false,
        label: READINESS_LABELS.hours,
        detail: '251 h 05 sur 279 h requises (au moins 251 h 06 avec 10 % d’absence admise)',
      },
      { key: 'tutorEvaluations', ok: false, label: READINESS_LABELS.tutorEvaluations, detail: '2 évaluations transmises sur 3 attendues' },
      { key: 'file', ok: false, label: READINESS_LABELS.file, detail: 'Dossier incomplet : pièces à fournir' },
    ]);
    expect(result.blocks.find((b) => b.blockCode === 'BC04')).toMatchObject({
      acquired: false,
      detail: 'BC04 non validé (jury du 20/06/2026)',
    });
  });

  it('names a single missing block in the singular, and says one condition', () => {
    const result = readiness({ decisions: CODES.filter((c) => c !== 'BC02').map((c) => validated(c)) });
    expect(result.items[0]).toMatchObject({ ok: false, detail: 'BC02 non validé' });
    expect(result.summary).toBe('Pas encore prêt pour la certification : 1 condition sur 5 non remplie.');
  });

  it('counts blocks validated earlier or by VAE, and only those acquired on the jury date', () => {
    const result = readiness({
      decisions: [validated('BC01'), validated('BC04')],
      priorValidations: [
        { blockCode: 'BC02', source: 'vae', validatedOn: '2023-01-10' },
        { blockCode: 'BC03', source: 'earlier', validatedOn: '2019-01-10' },
      ],
      blockValidityYears: 5,
    });
    expect(result.items[0]).toMatchObject({ ok: false, detail: 'BC03 non validé' });
    expect(result.blocks.map((b) => b.source)).toEqual(['path', 'vae', null, 'path']);
    const lastDay: Partial<ReadinessInput> = {
      decisions: [validated('BC01'), validated('BC04')],
      priorValidations: [
        { blockCode: 'BC02', source: 'vae', validatedOn: '2023-01-10' },
        { blockCode: 'BC03', source: 'earlier', validatedOn: '2021-07-01' },
      ],
      blockValidityYears: 5,
    };
    const onLastDay = readiness(lastDay);
    expect(onLastDay.ready).toBe(true);
    expect(onLastDay.items[0]).toMatchObject({ ok: true, detail: 'BC01, BC02, BC03 et BC04 validés' });
    const dayAfter = readiness({ ...lastDay, juryDate: '2026-07-02' });
    expect(dayAfter.ready).toBe(false);
    expect(dayAfter.items[0]).toMatchObject({ ok: false, detail: 'BC03 non validé' });
    expect(dayAfter.blocks[2].detail).toBe('BC03 non validé (validation du 01/07/2021 expirée depuis le 02/07/2026)');
  });

  it('ignores a decision dated after the jury date', () => {
    const result = readiness({ decisions: [...CODES.slice(0, 3).map((c) => validated(c)), validated('BC04', '2026-07-02')] });
    expect(result.items[0]).toMatchObject({ ok: false, detail: 'BC04 non validé' });
  });

  it('uses the blocks given, in their order', () => {
    expect(readiness({ blockCodes: ['BC03'] }).items[0]).toMatchObject({ ok: true, detail: 'BC03 validé' });
    expect(readiness({ blockCodes: ['BC04', 'BC01', 'BC05'] }).items[0]).toMatchObject({ ok: false, detail: 'BC05 non validé' });
  });

  describe('hours', () => {
    const hours = (attendedMinutes: number, requiredMinutes = 16740, allowedAbsencePercent = 10) =>
      readiness({ hours: { attendedMinutes, requiredMinutes, allowedAbsencePercent } }).items[2];

    it('passes at exactly the minimum, fails one minute below', () => {
      expect(hours(15066)).toMatchObject({
        ok: true,
        detail: '251 h 06 sur 279 h requises (au moins 251 h 06 avec 10 % d’absence admise)',
      });
      expect(hours(15065)).toMatchObject({ ok: false });
      expect(hours(16740)).toMatchObject({ ok: true });
      expect(hours(20000)).toMatchObject({ ok: true });
    });

    it('rounds a fractional minimum up to the next minute', () => {
      // 1 000 min with 7,5 % → 925 min; 1 001 min with 7,5 % → 925.925 → 926
      expect(minimumAttendedMinutes(1000, 7.5)).toBe(925);
      expect(minimumAttendedMinutes(1001, 7.5)).toBe(926);
      expect(hours(925, 1001, 7.5)).toMatchObject({
        ok: false,
        detail: '15 h 25 sur 16 h 41 requises (au moins 15 h 26 avec 7,5 % d’absence admise)',
      });
      expect(hours(926, 1001, 7.5)).toMatchObject({ ok: true });
    });

    it('without absence allowed, every minute counts; with 100 %, none', () => {
      expect(hours(16739, 16740, 0)).toMatchObject({ ok: false, detail: '278 h 59 sur 279 h requises (aucune absence admise)' });
      expect(hours(16740, 16740, 0)).toMatchObject({ ok: true });
      expect(hours(0, 16740, 100)).toMatchObject({ ok: true, detail: '0 h sur 279 h requises (au moins 0 h avec 100 % d’absence admise)' });
    });

    it('throws a RangeError on bad minutes or percentages', () => {
      expect(() => hours(-1)).toThrow(RangeError);
      expect(() => hours(10.5)).toThrow(RangeError);
      expect(() => hours(10, -60)).toThrow(RangeError);
      expect(() => hours(10, 16740, 101)).toThrow(RangeError);
      expect(() => hours(10, 16740, -1)).toThrow(RangeError);
      expect(() => hours(10, 16740, NaN)).toThrow(RangeError);
    });

    it('is met exactly when the attended minutes reach requiredMinutes × (1 − % / 100) (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 60_000 }),
          fc.integer({ min: 0, max: 60_000 }),
          fc.integer({ min: 0, max: 1000 }),
          (attended, required, tenths) => {
            const percent = tenths / 10;
            const exact = (required * (100 - percent)) / 100;
            expect(hours(attended, required, percent).ok).toBe(attended >= exact - 1e-6);
          },
        ),
      );
    });
  });

  describe('tutor evaluations', () => {
    const tutor = (tutorEvaluations: ReadinessInput['tutorEvaluations']) => readiness({ tutorEvaluations }).items[3];

    it('is not applicable when none is expected', () => {
      expect(tutor(null)).toMatchObject({ ok: true, detail: 'Aucune évaluation tuteur attendue' });
      expect(tutor({ required: 0, submitted: 0 })).toMatchObject({ ok: true, detail: 'Aucune évaluation tuteur attendue' });
    });

    it('needs every evaluation expected', () => {
      expect(tutor({ required: 1, submitted: 0 })).toMatchObject({ ok: false, detail: '0 évaluation transmise sur 1 attendue' });
      expect(tutor({ required: 1, submitted: 1 })).toMatchObject({ ok: true, detail: '1 évaluation transmise sur 1 attendue' });
      expect(tutor({ required: 2, submitted: 3 })).toMatchObject({ ok: true });
    });

    it('throws a RangeError on bad counts', () => {
      expect(() => tutor({ required: -1, submitted: 0 })).toThrow(RangeError);
      expect(() => tutor({ required: 0, submitted: 1.5 })).toThrow(RangeError);
    });
  });

  it('falls back to a plain AFGSU detail when no reason is given', () => {
    expect(readiness({ afgsu: { afgsuValid: true, reason: ' ' } }).items[1].detail).toBe('AFGSU valide');
    expect(readiness({ afgsu: { afgsuValid: false, reason: '' } }).items[1]).toMatchObject({ ok: false, detail: 'AFGSU non valide' });
  });

  it('throws a RangeError on malformed input', () => {
    expect(() => readiness({ blockCodes: [] })).toThrow(RangeError);
    expect(() => readiness({ blockCodes: ['BC01', 'BC01'] })).toThrow(RangeError);
    expect(() => readiness({ blockCodes: ['BC01', ''] })).toThrow(RangeError);
    expect(() => readiness({ juryDate: '2026-02-29' })).toThrow(RangeError);
    expect(() => readiness({ blockValidityYears: 0 })).toThrow(RangeError);
    expect(() => readiness({ fileComplete: 'yes' as unknown as boolean })).toThrow(RangeError);
    expect(() => readiness({ afgsu: { afgsuValid: 1 as unknown as boolean, reason: '' } })).toThrow(RangeError);
    expect(() => readiness({ decisions: [validated('BC01', '2026-06-31')] })).toThrow(RangeError);
  });

  it('is ready if and only if every item is ok, always in the same order (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(CODES),
        fc.boolean(),
        fc.integer({ min: 0, max: 20_000 }),
        fc.option(fc.record({ required: fc.integer({ min: 0, max: 4 }), submitted: fc.integer({ min: 0, max: 4 }) })),
        fc.boolean(),
        (validatedCodes, afgsuValid, attendedMinutes, tutorEvaluations, fileComplete) => {
          const result = readiness({
            decisions: validatedCodes.map((c) => validated(c)),
            afgsu: { afgsuValid, reason: '' },
            hours: { attendedMinutes, requiredMinutes: 16740, allowedAbsencePercent: 10 },
            tutorEvaluations,
            fileComplete,
          });
          expect(result.items.map((i) => i.key)).toEqual(READINESS_KEYS);
          expect(result.ready).toBe(result.items.every((i) => i.ok));
          expect(result.items[0].ok).toBe(validatedCodes.length === CODES.length);
          expect(result.items[1].ok).toBe(afgsuValid);
          expect(result.items[4].ok).toBe(fileComplete);
          expect(result.summary.startsWith(result.ready ? 'Prêt' : 'Pas encore prêt')).toBe(true);
        },
      ),
    );
  });
});
