import fc from 'fast-check';
import { addDays, addYears, daysBetween } from '@app/platform/time/calendar';
import {
  AfgsuAttestation,
  afgsuFirstExpiredDay,
  afgsuStatus,
  afgsuValidOn,
  attestationInForceOn,
  checkAttestation,
  checkRefresher,
  DEFAULT_AFGSU_SETTINGS,
} from './afgsu.rules';

const settings = DEFAULT_AFGSU_SETTINGS;
const att = (over: Partial<AfgsuAttestation> = {}): AfgsuAttestation => ({
  id: 'a1',
  level: 1,
  kind: 'initial',
  issuedOn: '2022-03-15',
  expiresOn: '2026-03-15',
  verified: true,
  ...over,
});

describe('checkAttestation', () => {
  const today = '2026-03-12';

  it('computes the last valid day from the issue date, the issue day itself being allowed', () => {
    expect(checkAttestation({ level: 1, issuedOn: '2026-03-12' }, today, settings)).toEqual({ ok: true, expiresOn: '2030-03-12' });
    expect(checkAttestation({ level: 2, issuedOn: '2024-02-29', expiresOn: null }, today, settings)).toEqual({
      ok: true,
      expiresOn: '2028-02-29',
    });
    expect(checkAttestation({ level: 1, issuedOn: '2024-02-29' }, today, { ...settings, afgsuValidityYears: 1 })).toEqual({
      ok: true,
      expiresOn: '2025-02-28',
    });
  });

  it('uses an explicit expiry date as given, the issue day itself included', () => {
    expect(checkAttestation({ level: 1, issuedOn: '2025-01-10', expiresOn: '2029-01-09' }, today, settings)).toEqual({
      ok: true,
      expiresOn: '2029-01-09',
    });
    expect(checkAttestation({ level: 1, issuedOn: '2025-01-10', expiresOn: '2025-01-10' }, today, settings)).toEqual({
      ok: true,
      expiresOn: '2025-01-10',
    });
  });

  it('refuses an expiry before the issue date', () => {
    expect(checkAttestation({ level: 1, issuedOn: '2025-01-10', expiresOn: '2025-01-09' }, today, settings)).toEqual({
      ok: false,
      code: 'AFGSU_EXPIRY_BEFORE_ISSUE',
      field: 'expiresOn',
      message: 'La date de fin de validité (09/01/2025) ne peut pas précéder la date de délivrance (10/01/2025).',
    });
  });

  it('refuses an issue date after today', () => {
    expect(checkAttestation({ level: 1, issuedOn: '2026-03-13' }, today, settings)).toEqual({
      ok: false,
      code: 'AFGSU_DATE_IN_FUTURE',
      field: 'issuedOn',
      message: 'La date de délivrance (13/03/2026) ne peut pas être postérieure à aujourd’hui (12/03/2026).',
    });
  });

  it.each([0, 3, 1.5, NaN])('refuses level %s', (level) => {
    expect(checkAttestation({ level, issuedOn: '2025-01-10' }, today, settings)).toEqual({
      ok: false,
      code: 'AFGSU_INVALID_LEVEL',
      field: 'level',
      message: `Niveau d’AFGSU invalide : ${level} (1 ou 2 attendu).`,
    });
  });

  it('refuses invalid dates, the issue date first', () => {
    expect(checkAttestation({ level: 3, issuedOn: '2025-02-29' }, today, settings)).toEqual({
      ok: false,
      code: 'AFGSU_INVALID_DATE',
      field: 'issuedOn',
      message: 'Date de délivrance invalide : « 2025-02-29 » (format attendu AAAA-MM-JJ).',
    });
    expect(checkAttestation({ level: 1, issuedOn: '10/01/2025' }, today, settings)).toMatchObject({ code: 'AFGSU_INVALID_DATE' });
    expect(checkAttestation({ level: 1, issuedOn: '2025-01-10', expiresOn: '2029-1-9' }, today, settings)).toEqual({
      ok: false,
      code: 'AFGSU_INVALID_DATE',
      field: 'expiresOn',
      message: 'Date de fin de validité invalide : « 2029-1-9 » (format attendu AAAA-MM-JJ).',
    });
  });

  it('throws a RangeError on an invalid today or invalid settings', () => {
    expect(() => checkAttestation({ level: 1, issuedOn: '2025-01-10' }, '2026-3-12', settings)).toThrow(RangeError);
    expect(() => checkAttestation({ level: 1, issuedOn: '2025-01-10' }, today, { ...settings, afgsuValidityYears: -4 })).toThrow(
      RangeError,
    );
    expect(() => checkAttestation({ level: 1, issuedOn: '2025-01-10' }, today, { ...settings, afgsuExpiryNoticeDays: -1 })).toThrow(
      'Préavis d’expiration de l’AFGSU invalide : -1',
    );
  });

  it('always gives a last valid day on or after the issue date', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.option(fc.integer({ min: -400, max: 4000 })),
        (issued, after, years, explicit) => {
          const today = addDays(issued, after);
          const expiresOn = explicit === null ? null : addDays(issued, explicit);
          const check = checkAttestation({ level: 1, issuedOn: issued, expiresOn }, today, { ...settings, afgsuValidityYears: years });
          if (explicit !== null && explicit < 0) {
            expect(check).toMatchObject({ ok: false, code: 'AFGSU_EXPIRY_BEFORE_ISSUE' });
            return;
          }
          expect(check.ok).toBe(true);
          if (!check.ok) return;
          expect(check.expiresOn >= issued).toBe(true);
          expect(afgsuFirstExpiredDay(check.expiresOn) > check.expiresOn).toBe(true);
          if (explicit === null) expect(check.expiresOn).toBe(addYears(issued, years));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('checkRefresher', () => {
  const initial = att({ id: 'init', issuedOn: '2022-03-14', expiresOn: '2026-03-14' });

  it('extends from the previous expiry, not from the refresher date, and keeps the level', () => {
    expect(checkRefresher([initial], '2025-06-01', '2025-06-01', settings)).toEqual({
      ok: true,
      expiresOn: '2030-03-14',
      baseId: 'init',
      level: 1,
    });
    const nurse = att({ id: 'nurse', kind: 'prior', level: 2 });
    expect(checkRefresher([nurse], '2026-01-10', '2026-02-01', settings)).toEqual({
      ok: true,
      expiresOn: '2030-03-15',
      baseId: 'nurse',
      level: 2,
    });
  });

  it('accepts a refresher on the issue day and on the last valid day, refuses it the day after', () => {
    expect(checkRefresher([initial], '2022-03-14', '2026-03-20', settings)).toMatchObject({ ok: true, expiresOn: '2030-03-14' });
    expect(checkRefresher([initial], '2026-03-14', '2026-03-20', settings)).toMatchObject({ ok: true, expiresOn: '2030-03-14' });
    expect(checkRefresher([initial], '2026-03-15', '2026-03-20', settings)).toEqual({
      ok: false,
      code: 'AFGSU_REFRESHER_AFTER_EXPIRY',
      message:
        'L’AFGSU a expiré le 15/03/2026 (valable jusqu’au 14/03/2026) : une réactualisation n’est plus possible, la formation complète de 14 h est exigée.',
    });
  });

  it('extends a 29 February expiry: kept with 4 years, 28 February for good with 1 year', () => {
    const leap = att({ issuedOn: '2024-02-29', expiresOn: '2028-02-29' });
    expect(checkRefresher([leap], '2028-02-29', '2028-02-29', settings)).toMatchObject({ ok: true, expiresOn: '2032-02-29' });
    const yearly = { ...settings, afgsuValidityYears: 1 };
    const first = checkRefresher([leap], '2028-01-15', '2028-01-15', yearly);
    expect(first).toMatchObject({ ok: true, expiresOn: '2029-02-28' });
    const next = att({ id: 'r1', kind: 'refresher', issuedOn: '2028-01-15', expiresOn: '2029-02-28' });
    expect(checkRefresher([leap, next], '2029-01-15', '2029-01-15', yearly)).toMatchObject({
      ok: true,
      expiresOn: '2030-02-28',
      baseId: 'r1',
    });
  });

  it('extends the latest attestation in force on the refresher day', () => {
    const refresher = att({ id: 'r1', kind: 'refresher', issuedOn: '2025-06-01', expiresOn: '2030-03-14' });
    expect(checkRefresher([initial, refresher], '2029-12-01', '2029-12-01', settings)).toMatchObject({
      expiresOn: '2034-03-14',
      baseId: 'r1',
    });
    expect(checkRefresher([initial, refresher], '2025-05-01', '2029-12-01', settings)).toMatchObject({
      expiresOn: '2030-03-14',
      baseId: 'init',
    });
    expect(checkRefresher([refresher, initial], '2026-03-20', '2029-12-01', settings)).toMatchObject({
      expiresOn: '2034-03-14',
      baseId: 'r1',
    });
  });

  it('refuses a refresher in the future', () => {
    expect(checkRefresher([initial], '2025-06-02', '2025-06-01', settings)).toEqual({
      ok: false,
      code: 'AFGSU_DATE_IN_FUTURE',
      message: 'La date de réactualisation (02/06/2025) ne peut pas être postérieure à aujourd’hui (01/06/2025).',
    });
  });

  it('refuses a refresher before the issue date', () => {
    expect(checkRefresher([initial], '2022-03-13', '2025-06-01', settings)).toEqual({
      ok: false,
      code: 'AFGSU_REFRESHER_BEFORE_ISSUE',
      message: 'La réactualisation du 13/03/2022 précède la délivrance de l’AFGSU (14/03/2022) : elle ne peut pas la prolonger.',
    });
  });

  it('refuses a refresher between an expired attestation and a later one, naming the expiry', () => {
    const later = att({ id: 'new', issuedOn: '2026-09-01', expiresOn: '2030-09-01' });
    expect(checkRefresher([later, initial], '2026-05-01', '2026-10-01', settings)).toMatchObject({
      code: 'AFGSU_REFRESHER_AFTER_EXPIRY',
      message: expect.stringContaining('a expiré le 15/03/2026 (valable jusqu’au 14/03/2026)'),
    });
  });

  it('refuses a refresher without a verified attestation, naming an unverified prior one', () => {
    expect(checkRefresher([], '2025-06-01', '2025-06-01', settings)).toEqual({
      ok: false,
      code: 'AFGSU_REFRESHER_NO_ATTESTATION',
      message: 'Aucune attestation AFGSU à réactualiser : la formation complète de 14 h est exigée.',
    });
    expect(checkRefresher([att({ kind: 'prior', level: 2, verified: false })], '2025-06-01', '2025-06-01', settings)).toEqual({
      ok: false,
      code: 'AFGSU_REFRESHER_NO_ATTESTATION',
      message: 'Aucune attestation AFGSU vérifiée à réactualiser : attestation antérieure non encore vérifiée.',
    });
  });

  it('answers an invalid refresher date, and throws on an invalid today, settings or attestation', () => {
    expect(checkRefresher([initial], '2025-02-29', '2025-06-01', settings)).toEqual({
      ok: false,
      code: 'AFGSU_INVALID_DATE',
      message: 'Date de réactualisation invalide : « 2025-02-29 » (format attendu AAAA-MM-JJ).',
    });
    expect(() => checkRefresher([initial], '2025-06-01', 'today', settings)).toThrow(RangeError);
    expect(() => checkRefresher([initial], '2025-06-01', '2025-06-01', { ...settings, afgsuValidityYears: 0 })).toThrow(RangeError);
    expect(() => checkRefresher([att({ issuedOn: '2022-02-30' })], '2025-06-01', '2025-06-01', settings)).toThrow(RangeError);
  });

  it('always extends a chain of refreshers, each taken while the previous one is in force', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }).map((n) => addDays('1990-01-01', n)),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (issuedOn, years, steps) => {
          const rules = { ...settings, afgsuValidityYears: years };
          const chain: AfgsuAttestation[] = [att({ id: 'a0', issuedOn, expiresOn: addYears(issuedOn, years) })];
          steps.forEach((step, i) => {
            const last = chain[chain.length - 1];
            const refresherOn = addDays(last.issuedOn, Math.floor(step * daysBetween(last.issuedOn, last.expiresOn)));
            const check = checkRefresher(chain, refresherOn, refresherOn, rules);
            expect(check).toEqual({ ok: true, expiresOn: addYears(last.expiresOn, years), baseId: last.id, level: 1 });
            if (!check.ok) return;
            expect(check.expiresOn > last.expiresOn).toBe(true);
            expect(daysBetween(last.expiresOn, check.expiresOn)).toBeGreaterThanOrEqual(365 * years - 1);
            chain.push(att({ id: `r${i + 1}`, kind: 'refresher', issuedOn: refresherOn, expiresOn: check.expiresOn }));
          });
          const final = chain[chain.length - 1];
          expect(afgsuValidOn(chain, final.expiresOn).valid).toBe(true);
          expect(afgsuValidOn(chain, afgsuFirstExpiredDay(final.expiresOn)).valid).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('afgsuValidOn', () => {
  it('is valid from the issue date to the last valid day included', () => {
    const a = att({ issuedOn: '2025-02-03', expiresOn: '2029-02-03' });
    expect(afgsuValidOn([a], '2027-06-12')).toEqual({ valid: true, reason: 'AFGSU valide le 12/06/2027 (AFGSU 1, jusqu’au 03/02/2029).' });
    expect(afgsuValidOn([a], '2029-02-03').valid).toBe(true);
    expect(afgsuValidOn([a], '2029-02-04')).toEqual({
      valid: false,
      reason: 'Pas d’AFGSU valide le 04/02/2029 : l’attestation a expiré le 04/02/2029 (valable jusqu’au 03/02/2029).',
    });
    expect(afgsuValidOn([a], '2025-02-02')).toEqual({
      valid: false,
      reason: 'Pas d’AFGSU valide le 02/02/2025 : l’attestation n’a été délivrée que le 03/02/2025.',
    });
  });

  it('counts a level 2 in place of a level 1, and names the latest valid one', () => {
    const nurse = att({ id: 'n', kind: 'prior', level: 2, issuedOn: '2024-09-01', expiresOn: '2028-09-01' });
    const old = att({ id: 'o', issuedOn: '2023-02-03', expiresOn: '2027-02-03' });
    expect(afgsuValidOn([old, nurse], '2026-06-12')).toEqual({
      valid: true,
      reason: 'AFGSU valide le 12/06/2026 (AFGSU 2, jusqu’au 01/09/2028).',
    });
  });

  it('says why there is no valid attestation', () => {
    expect(afgsuValidOn([], '2027-06-12')).toEqual({
      valid: false,
      reason: 'Pas d’AFGSU valide le 12/06/2027 : aucune attestation vérifiée.',
    });
    const prior = att({ kind: 'prior', level: 2, verified: false, issuedOn: '2024-01-01', expiresOn: '2028-01-01' });
    expect(afgsuValidOn([prior], '2027-06-12')).toEqual({
      valid: false,
      reason: 'Pas d’AFGSU valide le 12/06/2027 : attestation antérieure non encore vérifiée.',
    });
    const expired = att({ issuedOn: '2023-02-02', expiresOn: '2027-02-02' });
    expect(afgsuValidOn([expired, prior], '2027-06-12')).toEqual({
      valid: false,
      reason:
        'Pas d’AFGSU valide le 12/06/2027 : l’attestation a expiré le 03/02/2027 (valable jusqu’au 02/02/2027) ; une attestation antérieure reste à vérifier.',
    });
  });

  it('throws a RangeError on an invalid date', () => {
    expect(() => afgsuValidOn([att()], '12/06/2027')).toThrow(RangeError);
  });

  const attestation = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      level: fc.constantFrom(1 as const, 2 as const),
      kind: fc.constantFrom('initial' as const, 'refresher' as const, 'prior' as const),
      issued: fc.integer({ min: 0, max: 3000 }),
      length: fc.integer({ min: 0, max: 2000 }),
      verified: fc.boolean(),
    })
    .map(({ issued, length, ...rest }): AfgsuAttestation => {
      const issuedOn = addDays('2020-01-01', issued);
      return { ...rest, issuedOn, expiresOn: addDays(issuedOn, length) };
    });
  const day = fc.integer({ min: -100, max: 5500 }).map((n) => addDays('2020-01-01', n));

  it('agrees with afgsuStatus: valid exactly when the status is valid or expiring soon', () => {
    fc.assert(
      fc.property(
        fc.array(attestation, { maxLength: 4 }),
        fc.array(
          day.map((startsOn) => ({ startsOn })),
          { maxLength: 2 },
        ),
        day,
        (list, sessions, date) => {
          const { status } = afgsuStatus(list, sessions, date, settings);
          expect(afgsuValidOn(list, date).valid).toBe(status === 'valid' || status === 'expiring_soon');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with checkRefresher: a refresher up to today is accepted exactly when the AFGSU is valid that day', () => {
    fc.assert(
      fc.property(fc.array(attestation, { maxLength: 4 }), day, fc.integer({ min: 0, max: 400 }), (list, refresherOn, wait) => {
        const check = checkRefresher(list, refresherOn, addDays(refresherOn, wait), settings);
        expect(check.ok).toBe(afgsuValidOn(list, refresherOn).valid);
        if (check.ok) expect(check.expiresOn > attestationInForceOn(list, refresherOn)!.expiresOn).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
