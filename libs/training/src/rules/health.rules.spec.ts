import {
  changedHealthFields,
  checkHealthRecord,
  completeVaccinations,
  HealthRecordInput,
  Vaccination,
  vaccinationCheckDay,
  vaccinationsReadyFor,
} from './health.rules';

const record = (over: Partial<HealthRecordInput> = {}): HealthRecordInput => ({
  disabilityRecognised: false,
  adjustments: [],
  adjustmentsNote: null,
  adjustmentsDecidedOn: null,
  adjustmentsDecidedBy: null,
  vaccinations: [],
  ...over,
});
const upToDate = (kind: Vaccination['kind'], checkedOn = '2027-01-10'): Vaccination => ({ kind, status: 'up_to_date', checkedOn });

describe('checkHealthRecord', () => {
  const today = '2027-02-01';

  it('accepts an empty record and a complete one', () => {
    expect(checkHealthRecord(record(), today)).toEqual({});
    const full = record({
      disabilityRecognised: true,
      adjustments: ['extra_time', 'other'],
      adjustmentsNote: 'Salle au rez-de-chaussée',
      adjustmentsDecidedOn: '2027-01-15',
      adjustmentsDecidedBy: 'Claire Dubois, référente handicap',
      vaccinations: [upToDate('hepatitis_b'), { kind: 'covid', status: 'unknown', checkedOn: null }],
    });
    expect(checkHealthRecord(full, today)).toEqual({});
  });

  it('asks when and by whom adjustments were decided, and the note of « autre », in French', () => {
    expect(checkHealthRecord(record({ adjustments: ['other'] }), today)).toEqual({
      adjustmentsDecidedOn: ['La date de décision des aménagements est obligatoire.'],
      adjustmentsDecidedBy: ['Indiquez qui a décidé les aménagements.'],
      adjustmentsNote: ['Décrivez l’aménagement « autre ».'],
    });
  });

  it('takes today as a decision or check date, refuses tomorrow, saying why', () => {
    const on = (day: string) =>
      checkHealthRecord(
        record({
          adjustments: ['extra_time'],
          adjustmentsDecidedOn: day,
          adjustmentsDecidedBy: 'Direction',
          vaccinations: [upToDate('dtp', day)],
        }),
        today,
      );
    expect(on(today)).toEqual({});
    expect(on('2027-02-02')).toEqual({
      adjustmentsDecidedOn: ['La date de décision ne peut pas être future.'],
      'vaccinations.0.checkedOn': ['La date de vérification ne peut pas être future.'],
    });
  });

  it('refuses future dates, duplicates and an « à jour » without its check date', () => {
    const errors = checkHealthRecord(
      record({
        adjustments: ['breaks', 'breaks'],
        adjustmentsDecidedOn: '2027-02-02',
        adjustmentsDecidedBy: 'Direction',
        vaccinations: [{ kind: 'dtp', status: 'up_to_date', checkedOn: null }, upToDate('dtp', '2027-03-01')],
      }),
      today,
    );
    expect(errors).toEqual({
      adjustments: ['Un aménagement est indiqué deux fois.'],
      adjustmentsDecidedOn: ['La date de décision ne peut pas être future.'],
      vaccinations: ['Une vaccination est indiquée deux fois.'],
      'vaccinations.0.checkedOn': ['Indiquez la date de vérification.'],
      'vaccinations.1.checkedOn': ['La date de vérification ne peut pas être future.'],
    });
  });
});

describe('vaccinationsReadyFor', () => {
  it('needs hepatitis B and DTP up to date, checked by the first day; Covid is optional', () => {
    expect(vaccinationsReadyFor([upToDate('hepatitis_b'), upToDate('dtp')], '2027-03-01')).toEqual({ ready: true, missing: [] });
    expect(vaccinationsReadyFor([upToDate('hepatitis_b')], '2027-03-01')).toEqual({ ready: false, missing: ['dtp'] });
    expect(vaccinationsReadyFor([], '2027-03-01')).toEqual({ ready: false, missing: ['hepatitis_b', 'dtp'] });
  });

  it('does not count an incomplete status nor a check after the start', () => {
    const given: Vaccination[] = [{ kind: 'hepatitis_b', status: 'incomplete', checkedOn: '2027-01-01' }, upToDate('dtp', '2027-03-02')];
    expect(vaccinationsReadyFor(given, '2027-03-01')).toEqual({ ready: false, missing: ['hepatitis_b', 'dtp'] });
    expect(vaccinationsReadyFor([upToDate('hepatitis_b', '2027-03-01'), upToDate('dtp', '2027-03-01')], '2027-03-01').ready).toBe(true);
  });
});

describe('completeVaccinations', () => {
  it('lists every vaccine of the catalogue, « non renseigné » when not given', () => {
    expect(completeVaccinations([upToDate('dtp')])).toEqual([
      { kind: 'hepatitis_b', status: 'unknown', checkedOn: null },
      upToDate('dtp'),
      { kind: 'covid', status: 'unknown', checkedOn: null },
    ]);
  });
});

describe('changedHealthFields', () => {
  it('names the groups of fields that changed, from nothing or from a record', () => {
    expect(changedHealthFields(null, record())).toEqual([]);
    expect(changedHealthFields(null, record({ disabilityRecognised: true }))).toEqual(['disabilityRecognised']);
    const before = record({ adjustments: ['breaks', 'extra_time'], adjustmentsDecidedOn: '2027-01-01', adjustmentsDecidedBy: 'D' });
    expect(changedHealthFields(before, { ...before, adjustments: ['extra_time', 'breaks'] })).toEqual([]);
    expect(changedHealthFields(before, { ...before, adjustmentsNote: 'x', vaccinations: [upToDate('dtp')] })).toEqual([
      'adjustments',
      'vaccinations',
    ]);
    expect(changedHealthFields(before, { ...before, adjustments: ['breaks', 'assistant'] })).toEqual(['adjustments']);
    expect(changedHealthFields(record({ disabilityRecognised: true }), record())).toEqual(['disabilityRecognised']);
    // An explicit « non renseigné » is the same as nothing given.
    expect(changedHealthFields(record(), record({ vaccinations: [{ kind: 'covid', status: 'unknown', checkedOn: null }] }))).toEqual([]);
  });
});

describe('vaccinationCheckDay', () => {
  it('is the first day of a placement to come, today once it has started', () => {
    expect(vaccinationCheckDay('2027-03-01', '2027-02-01')).toBe('2027-03-01');
    expect(vaccinationCheckDay('2027-03-01', '2027-03-01')).toBe('2027-03-01');
    expect(vaccinationCheckDay('2027-03-01', '2027-03-10')).toBe('2027-03-10');
  });
});
