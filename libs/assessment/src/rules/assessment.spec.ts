import {
  AFGSU_BLOCK_CODE,
  assertEpreuves,
  assertSettings,
  DEFAULT_ASSESSMENT_SETTINGS,
  Epreuve,
  EPREUVE_KINDS,
  OUTCOME_LABELS,
  sortedAttempts,
} from './assessment';

const ep = (over: Partial<Epreuve> = {}): Epreuve => ({
  id: 'e1',
  blockCode: 'BC01',
  kind: 'oral',
  label: 'Oral',
  maxMark: 20,
  passMark: 10,
  weight: 1,
  ...over,
});

describe('assessment constants', () => {
  it('has the defaults of the CQP', () => {
    expect(DEFAULT_ASSESSMENT_SETTINGS).toEqual({ passMark: 10, maxAttempts: 3, retakeWindowYears: 5, blockValidityYears: null });
    expect(OUTCOME_LABELS).toEqual({ validated: 'validé', not_validated: 'non validé' });
    expect(AFGSU_BLOCK_CODE).toBe('BC04');
    expect(EPREUVE_KINDS).toEqual(['written', 'oral', 'practical', 'dossier', 'tutor_evaluation']);
  });
});

describe('assertSettings', () => {
  it('accepts the defaults and partial settings', () => {
    expect(() => assertSettings(DEFAULT_ASSESSMENT_SETTINGS)).not.toThrow();
    expect(() => assertSettings({ blockValidityYears: 5 })).not.toThrow();
    expect(() => assertSettings({ passMark: 0 })).not.toThrow();
    expect(() => assertSettings({ passMark: 20 })).not.toThrow();
    expect(() => assertSettings({})).not.toThrow();
  });

  it('throws a RangeError on bad values', () => {
    expect(() => assertSettings({ passMark: 20.5 })).toThrow(RangeError);
    expect(() => assertSettings({ passMark: -1 })).toThrow(RangeError);
    expect(() => assertSettings({ maxAttempts: 0 })).toThrow(RangeError);
    expect(() => assertSettings({ maxAttempts: 2.5 })).toThrow(RangeError);
    expect(() => assertSettings({ retakeWindowYears: 0 })).toThrow(
      'Délai de rattrapage invalide : 0 (un nombre entier d’au moins 1 est attendu).',
    );
    expect(() => assertSettings({ blockValidityYears: 0 })).toThrow(RangeError);
    expect(() => assertSettings({ maxAttempts: null as unknown as number })).toThrow(RangeError);
  });
});

describe('assertEpreuves', () => {
  it('accepts well-formed épreuves, and an empty list unless one block is expected', () => {
    expect(() => assertEpreuves([ep(), ep({ id: 'e2', blockCode: 'BC02' })])).not.toThrow();
    expect(() => assertEpreuves([])).not.toThrow();
    expect(() => assertEpreuves([], true)).toThrow('Un bloc est évalué par au moins une épreuve.');
    expect(() => assertEpreuves([ep(), ep({ id: 'e2', blockCode: 'BC02' })], true)).toThrow(RangeError);
  });

  it('names the faulty field', () => {
    expect(() => assertEpreuves([ep({ maxMark: 0 })])).toThrow('Épreuve e1 : note maximale invalide (0).');
    expect(() => assertEpreuves([ep({ passMark: 25 })])).toThrow('Épreuve e1 : note minimale invalide (25), attendue de 0 à 20.');
    expect(() => assertEpreuves([ep({ weight: -1 })])).toThrow('Épreuve e1 : coefficient invalide (-1).');
    expect(() => assertEpreuves([ep(), ep()])).toThrow('Épreuve e1 en double.');
    expect(() => assertEpreuves([ep({ label: ' ' })])).toThrow('Intitulé de l’épreuve e1 manquant ou vide.');
  });
});

describe('sortedAttempts', () => {
  it('sorts by number', () => {
    const a1 = { number: 1, sessionDate: '2026-01-10', result: 'failed' as const };
    const a2 = { number: 2, sessionDate: '2026-06-10', result: 'incomplete' as const };
    expect(sortedAttempts([a2, a1])).toEqual([a1, a2]);
    expect(sortedAttempts([])).toEqual([]);
  });

  it('throws a RangeError on gaps, duplicates or dates out of order', () => {
    const at = (number: number, sessionDate: string) => ({ number, sessionDate, result: 'failed' as const });
    expect(() => sortedAttempts([at(1, '2026-01-10'), at(3, '2026-06-10')])).toThrow('Passages mal numérotés : 1 à 2 attendus, 3 trouvé.');
    expect(() => sortedAttempts([at(0, '2026-01-10')])).toThrow(RangeError);
    expect(() => sortedAttempts([at(1, '2026-06-10'), at(2, '2026-01-10')])).toThrow(RangeError);
  });

  it('checks a result where the attempts carry one, and takes attempts without (numbers and dates only)', () => {
    const unknown = { number: 1, sessionDate: '2026-01-10', result: 'absent' as never };
    expect(() => sortedAttempts([unknown])).toThrow('Passage 1 : résultat inconnu.');
    const dated = [
      { number: 2, sessionDate: '2026-06-10' },
      { number: 1, sessionDate: '2026-01-10' },
    ];
    expect(sortedAttempts(dated)).toEqual([dated[1], dated[0]]);
    expect(() => sortedAttempts([{ number: 1, sessionDate: '2026-13-10' }])).toThrow(RangeError);
  });
});
