import fc from 'fast-check';
import { addDays, addYears } from '@app/platform/time/calendar';
import { JuryDecision } from './assessment';
import { acquiredUntil, blockStatus, PriorValidation } from './block-status.rules';

const decision = (over: Partial<JuryDecision> = {}): JuryDecision => ({
  id: 'd1',
  blockCode: 'BC02',
  attemptNumber: 1,
  proposal: 'validated',
  outcome: 'validated',
  comment: null,
  supersedesId: null,
  correctionReason: null,
  decidedOn: '2021-06-20',
  sequence: 1,
  ...over,
});
const status = (
  onDate: string,
  decisions: JuryDecision[] = [decision()],
  blockValidityYears: number | null = 5,
  priorValidations: PriorValidation[] = [],
) => blockStatus({ blockCode: 'BC02', decisions, priorValidations, onDate, blockValidityYears });

describe('acquiredUntil', () => {
  it('is the anniversary, or null for life', () => {
    expect(acquiredUntil('2021-06-20', 5)).toBe('2026-06-20');
    expect(acquiredUntil('2024-02-29', 1)).toBe('2025-02-28');
    expect(acquiredUntil('2024-02-29', 4)).toBe('2028-02-29');
    expect(acquiredUntil('2021-06-20', null)).toBeNull();
  });

  it('throws a RangeError on a bad date or number of years', () => {
    expect(() => acquiredUntil('2021-02-29', 5)).toThrow(RangeError);
    expect(() => acquiredUntil('2021-06-20', 0)).toThrow(RangeError);
    expect(() => acquiredUntil('2021-06-20', 2.5)).toThrow(RangeError);
  });
});

describe('blockStatus', () => {
  it('is acquired on the last day of validity (5 years), not the day after', () => {
    expect(status('2026-06-20')).toEqual({
      blockCode: 'BC02',
      acquired: true,
      source: 'path',
      validatedOn: '2021-06-20',
      acquiredUntil: '2026-06-20',
      detail: 'BC02 validé par le jury du 20/06/2021, acquis jusqu’au 20/06/2026',
    });
    expect(status('2026-06-21')).toEqual({
      blockCode: 'BC02',
      acquired: false,
      source: null,
      validatedOn: null,
      acquiredUntil: null,
      detail: 'BC02 non validé (validation du 20/06/2021 expirée depuis le 21/06/2026)',
    });
  });

  it('is acquired for life without validity', () => {
    expect(status('2090-01-01', [decision()], null)).toMatchObject({
      acquired: true,
      acquiredUntil: null,
      detail: 'BC02 validé par le jury du 20/06/2021, acquis à vie',
    });
  });

  it('is not acquired before the jury date, nor when the current decision is « non validé »', () => {
    expect(status('2021-06-19')).toMatchObject({ acquired: false, detail: 'BC02 non validé' });
    expect(status('2021-06-20')).toMatchObject({ acquired: true });
    expect(status('2022-01-01', [decision({ outcome: 'not_validated' })])).toMatchObject({
      acquired: false,
      detail: 'BC02 non validé (jury du 20/06/2021)',
    });
    expect(status('2022-01-01', [])).toMatchObject({ acquired: false, detail: 'BC02 non validé' });
  });

  it('follows the current decision after a correction', () => {
    const corrected = decision({ id: 'd2', outcome: 'not_validated', decidedOn: '2021-06-25', sequence: 2, supersedesId: 'd1' });
    expect(status('2022-01-01', [decision(), corrected])).toMatchObject({
      acquired: false,
      detail: 'BC02 non validé (jury du 25/06/2021)',
    });
    const back = decision({ id: 'd3', decidedOn: '2021-06-25', sequence: 3, supersedesId: 'd2' });
    expect(status('2022-01-01', [back, decision(), corrected])).toMatchObject({ acquired: true, validatedOn: '2021-06-25' });
  });

  it('ignores decisions and validations of other blocks', () => {
    const other = decision({ id: 'x', blockCode: 'BC03' });
    expect(status('2022-01-01', [other])).toMatchObject({ acquired: false, detail: 'BC02 non validé' });
    expect(status('2022-01-01', [other], 5, [{ blockCode: 'BC01', source: 'vae', validatedOn: '2020-01-01' }])).toMatchObject({
      acquired: false,
    });
  });

  it('counts an earlier validation or a VAE, under the same validity', () => {
    expect(status('2024-01-01', [], 5, [{ blockCode: 'BC02', source: 'earlier', validatedOn: '2020-03-02' }])).toMatchObject({
      acquired: true,
      source: 'earlier',
      detail: 'BC02 validé le 02/03/2020 lors d’un parcours antérieur, acquis jusqu’au 02/03/2025',
    });
    expect(status('2024-01-01', [], null, [{ blockCode: 'BC02', source: 'vae', validatedOn: '2023-02-03' }])).toMatchObject({
      acquired: true,
      source: 'vae',
      detail: 'BC02 validé par VAE le 03/02/2023, acquis à vie',
    });
    expect(status('2026-01-01', [], 5, [{ blockCode: 'BC02', source: 'vae', validatedOn: '2020-03-02' }])).toMatchObject({
      acquired: false,
      detail: 'BC02 non validé (validation du 02/03/2020 expirée depuis le 03/03/2025)',
    });
  });

  it('keeps the validation acquired the longest, then path, earlier, VAE', () => {
    const vae: PriorValidation = { blockCode: 'BC02', source: 'vae', validatedOn: '2022-01-01' };
    expect(status('2024-01-01', [decision()], 5, [vae])).toMatchObject({ source: 'vae', acquiredUntil: '2027-01-01' });
    const sameDay: PriorValidation[] = [
      { blockCode: 'BC02', source: 'vae', validatedOn: '2021-06-20' },
      { blockCode: 'BC02', source: 'earlier', validatedOn: '2021-06-20' },
    ];
    expect(status('2024-01-01', [decision()], 5, sameDay)).toMatchObject({ source: 'path' });
    expect(status('2024-01-01', [], null, sameDay)).toMatchObject({ source: 'earlier' });
  });

  it('handles a validation on 29 February with one year', () => {
    const leap = decision({ decidedOn: '2024-02-29' });
    expect(status('2025-02-28', [leap], 1)).toMatchObject({ acquired: true, acquiredUntil: '2025-02-28' });
    expect(status('2025-03-01', [leap], 1)).toMatchObject({
      acquired: false,
      detail: expect.stringContaining('expirée depuis le 01/03/2025'),
    });
  });

  it('throws a RangeError on malformed input', () => {
    expect(() => status('2026-13-01')).toThrow(RangeError);
    expect(() => status('2026-01-01', [decision()], 0)).toThrow(RangeError);
    expect(() => status('2026-01-01', [decision({ decidedOn: 'x' })])).toThrow(RangeError);
    expect(() => status('2026-01-01', [], 5, [{ blockCode: 'BC02', source: 'vae', validatedOn: '2026-02-30' }])).toThrow(RangeError);
    expect(() => status('2026-01-01', [], 5, [{ blockCode: 'BC02', source: 'other' as 'vae', validatedOn: '2020-01-01' }])).toThrow(
      RangeError,
    );
    expect(() =>
      blockStatus({ blockCode: '', decisions: [], priorValidations: [], onDate: '2026-01-01', blockValidityYears: null }),
    ).toThrow(RangeError);
  });

  it('is acquired exactly from the validation day to its anniversary (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n)),
        fc.option(fc.integer({ min: 1, max: 10 })),
        fc.integer({ min: -400, max: 4000 }),
        (validatedOn, years, offset) => {
          const onDate = addDays(validatedOn, offset);
          const acquired = status(onDate, [decision({ decidedOn: validatedOn })], years).acquired;
          expect(acquired).toBe(onDate >= validatedOn && (years === null || onDate <= addYears(validatedOn, years)));
        },
      ),
    );
  });
});
