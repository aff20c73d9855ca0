import fc from 'fast-check';
import { addDays, addYears } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { AfgsuAttestation, DEFAULT_AFGSU_SETTINGS } from './afgsu-attestation';
import { AFGSU_STATUS_LABELS, afgsuStatus, AfgsuStatusCode } from './afgsu-status.rules';

const settings = DEFAULT_AFGSU_SETTINGS;
const att = (over: Partial<AfgsuAttestation> = {}): AfgsuAttestation => ({
  id: 'a1',
  level: 1,
  kind: 'initial',
  issuedOn: '2022-03-14',
  expiresOn: '2026-03-14',
  verified: true,
  ...over,
});
const a = att();
const status = (today: string, list: AfgsuAttestation[] = [a], sessions: { startsOn: string }[] = []) =>
  afgsuStatus(list, sessions, today, settings);

describe('afgsuStatus', () => {
  it('is valid with the days left until the last valid day, thousands grouped', () => {
    const nurse = att({ kind: 'prior', level: 2, issuedOn: '2026-03-15', expiresOn: '2030-03-14' });
    expect(status('2026-11-26', [nurse])).toEqual({
      status: 'valid',
      label: 'Valide',
      current: nurse,
      expiresOn: '2030-03-14',
      daysLeft: 1204,
      plannedOn: null,
      explanation: 'AFGSU 2 valable jusqu’au 14/03/2030 (dans 1\u202f204 jours).',
    });
  });

  it('is expiring soon from exactly 90 days before the last valid day, not 91', () => {
    expect(status('2025-12-13')).toMatchObject({ status: 'valid', daysLeft: 91 });
    expect(status('2025-12-14')).toMatchObject({
      status: 'expiring_soon',
      label: 'Expire bientôt',
      daysLeft: 90,
      explanation: 'AFGSU 1 valable jusqu’au 14/03/2026 (dans 90 jours) : réactualisation (7 h) à suivre au plus tard à cette date.',
    });
    expect(status('2026-02-12')).toMatchObject({ status: 'expiring_soon', daysLeft: 30 });
  });

  it('follows the notice setting', () => {
    const rules = { ...settings, afgsuExpiryNoticeDays: 30 };
    expect(afgsuStatus([a], [], '2026-02-11', rules)).toMatchObject({ status: 'valid', daysLeft: 31 });
    expect(afgsuStatus([a], [], '2026-02-12', rules)).toMatchObject({ status: 'expiring_soon', daysLeft: 30 });
    expect(afgsuStatus([a], [], '2026-03-14', { ...settings, afgsuExpiryNoticeDays: 0 })).toMatchObject({ status: 'expiring_soon' });
    expect(afgsuStatus([a], [], '2026-03-13', { ...settings, afgsuExpiryNoticeDays: 0 })).toMatchObject({ status: 'valid' });
  });

  it('is still valid on the last valid day and expired from the day after', () => {
    expect(status('2026-03-13')).toMatchObject({ status: 'expiring_soon', daysLeft: 1, explanation: expect.stringContaining('(demain)') });
    expect(status('2026-03-14')).toMatchObject({
      status: 'expiring_soon',
      daysLeft: 0,
      explanation: 'AFGSU 1 valable jusqu’au 14/03/2026 (aujourd’hui) : réactualisation (7 h) à suivre au plus tard à cette date.',
    });
    expect(status('2026-03-15')).toEqual({
      status: 'expired',
      label: 'Expirée',
      current: null,
      expiresOn: '2026-03-14',
      daysLeft: null,
      plannedOn: null,
      explanation: 'AFGSU expirée depuis le 15/03/2026 : formation complète de 14 h à suivre.',
    });
  });

  it('handles an attestation issued on 29 February with 4 and 1 years of validity', () => {
    const four = att({ issuedOn: '2024-02-29', expiresOn: addYears('2024-02-29', 4) });
    expect(status('2028-02-29', [four])).toMatchObject({ status: 'expiring_soon', expiresOn: '2028-02-29', daysLeft: 0 });
    expect(status('2028-03-01', [four])).toMatchObject({ status: 'expired', explanation: expect.stringContaining('depuis le 01/03/2028') });
    const one = att({ issuedOn: '2024-02-29', expiresOn: addYears('2024-02-29', 1) });
    expect(status('2025-02-28', [one])).toMatchObject({ status: 'expiring_soon', expiresOn: '2025-02-28', daysLeft: 0 });
    expect(status('2025-03-01', [one])).toMatchObject({ status: 'expired' });
    expect(status('2024-11-30', [one])).toMatchObject({ status: 'expiring_soon', daysLeft: 90 });
    expect(status('2024-11-29', [one])).toMatchObject({ status: 'valid', daysLeft: 91 });
  });

  it('counts the latest valid attestation: a refresher takes over', () => {
    const refresher = att({ id: 'r1', kind: 'refresher', issuedOn: '2025-12-20', expiresOn: '2030-03-14' });
    expect(status('2026-01-10', [a, refresher])).toMatchObject({ status: 'valid', current: refresher, expiresOn: '2030-03-14' });
    expect(status('2025-12-19', [refresher, a])).toMatchObject({ status: 'expiring_soon', current: a });
    expect(status('2030-03-15', [a, refresher])).toMatchObject({ status: 'expired', expiresOn: '2030-03-14' });
  });

  it('counts a level 2 for the level 1, but an unverified prior one not at all', () => {
    const nurse = att({ id: 'n', kind: 'prior', level: 2, issuedOn: '2025-01-01', expiresOn: '2029-01-01' });
    expect(status('2026-06-01', [a, nurse])).toMatchObject({ status: 'valid', current: nurse });
    expect(status('2026-06-01', [a, { ...nurse, verified: false }])).toMatchObject({ status: 'expired' });
    expect(status('2026-06-01', [{ ...nurse, verified: false }])).toEqual({
      status: 'missing',
      label: 'Manquante',
      current: null,
      expiresOn: null,
      daysLeft: null,
      plannedOn: null,
      explanation: 'Aucune attestation AFGSU vérifiée : une attestation antérieure reste à vérifier.',
    });
  });

  it('is missing without an attestation, and ignores one issued after today', () => {
    expect(status('2026-06-01', [])).toMatchObject({ status: 'missing', explanation: 'Aucune attestation AFGSU : à programmer.' });
    expect(status('2022-03-13')).toMatchObject({ status: 'missing', current: null });
  });

  it('is planned when no attestation is valid and a session starts today or later, naming the earliest', () => {
    const sessions = [{ startsOn: '2027-03-01' }, { startsOn: '2027-01-12' }, { startsOn: '2026-05-01' }];
    expect(status('2026-06-01', [], sessions)).toEqual({
      status: 'planned',
      label: 'Prévue',
      current: null,
      expiresOn: null,
      daysLeft: null,
      plannedOn: '2027-01-12',
      explanation: 'Session AFGSU prévue le 12/01/2027.',
    });
    expect(status('2026-06-01', [a], sessions)).toMatchObject({
      status: 'planned',
      expiresOn: '2026-03-14',
      explanation: 'Session AFGSU prévue le 12/01/2027 (AFGSU expirée depuis le 15/03/2026).',
    });
    expect(status('2027-01-12', [], sessions)).toMatchObject({ status: 'planned', plannedOn: '2027-01-12' });
    expect(status('2027-03-02', [], sessions)).toMatchObject({ status: 'missing', plannedOn: null });
    expect(status('2026-01-10', [a], sessions)).toMatchObject({ status: 'expiring_soon', plannedOn: '2026-05-01' });
  });

  it('labels every status in French', () => {
    expect(AFGSU_STATUS_LABELS).toEqual({
      valid: 'Valide',
      expiring_soon: 'Expire bientôt',
      expired: 'Expirée',
      planned: 'Prévue',
      missing: 'Manquante',
    });
  });

  it('throws a RangeError on invalid dates or settings', () => {
    expect(() => status('2026-02-29')).toThrow(RangeError);
    expect(() => status('2026-06-01', [a], [{ startsOn: '2026-6-1' }])).toThrow(RangeError);
    expect(() => status('2026-06-01', [att({ issuedOn: 'x' })])).toThrow(RangeError);
    expect(() => afgsuStatus([a], [], '2026-06-01', { ...settings, afgsuExpiryNoticeDays: -1 })).toThrow(RangeError);
    expect(() => afgsuStatus([a], [], '2026-06-01', { ...settings, afgsuValidityYears: -4 })).toThrow(RangeError);
    expect(() => afgsuStatus([a], [], '2026-06-01', { ...settings, afgsuExpiryNoticeDays: 1.5 })).toThrow(RangeError);
  });

  describe('Europe/Paris day, not the UTC day', () => {
    const today = (instant: string) => parisDate(new Date(instant));

    it('at the spring change (2026-03-29): after midnight in Paris it is already the next day', () => {
      const lastDay28 = att({ expiresOn: '2026-03-28' });
      const instant = '2026-03-28T23:30:00Z'; // 00:30 (CET) in Paris on the 29th
      expect(instant.slice(0, 10)).toBe('2026-03-28');
      expect(today(instant)).toBe('2026-03-29');
      expect(status(instant.slice(0, 10), [lastDay28])).toMatchObject({ status: 'expiring_soon', daysLeft: 0 });
      expect(status(today(instant), [lastDay28])).toMatchObject({ status: 'expired', explanation: expect.stringContaining('29/03/2026') });

      const lastDay29 = att({ expiresOn: '2026-03-29' });
      expect(status(today(instant), [lastDay29])).toMatchObject({ status: 'expiring_soon', daysLeft: 0 });
      const evening = '2026-03-29T22:30:00Z'; // 00:30 (CEST, now UTC+2) in Paris on the 30th
      expect(today(evening)).toBe('2026-03-30');
      expect(status(evening.slice(0, 10), [lastDay29])).toMatchObject({ status: 'expiring_soon' });
      expect(status(today(evening), [lastDay29])).toMatchObject({ status: 'expired' });
    });

    it('at the autumn change (2026-10-25): summer time before, winter time after', () => {
      const lastDay = att({ expiresOn: '2026-10-25' });
      const night = '2026-10-24T22:30:00Z'; // 00:30 (CEST) in Paris on the 25th
      expect(today(night)).toBe('2026-10-25');
      expect(status(night.slice(0, 10), [lastDay])).toMatchObject({ daysLeft: 1 });
      expect(status(today(night), [lastDay])).toMatchObject({ status: 'expiring_soon', daysLeft: 0 });
      expect(today('2026-10-25T22:30:00Z')).toBe('2026-10-25'); // 23:30 (CET, now UTC+1): still the last valid day
      expect(status(today('2026-10-25T22:30:00Z'), [lastDay])).toMatchObject({ status: 'expiring_soon' });
      const after = '2026-10-25T23:30:00Z'; // 00:30 (CET) in Paris on the 26th
      expect(parisInstant('2026-10-26', '00:00').toISOString()).toBe('2026-10-25T23:00:00.000Z');
      expect(status(after.slice(0, 10), [lastDay])).toMatchObject({ status: 'expiring_soon' });
      expect(status(today(after), [lastDay])).toMatchObject({ status: 'expired', explanation: expect.stringContaining('26/10/2026') });
    });
  });

  const RANK: Record<AfgsuStatusCode, number> = { missing: 0, planned: 0, valid: 1, expiring_soon: 2, expired: 3 };

  it('never goes back in time for one attestation without refresher nor session: valid → expiring soon → expired', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 36_000 }).map((n) => addDays('1990-01-01', n)),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.integer({ min: -60, max: 3800 }), { minLength: 2, maxLength: 8 }),
        (issuedOn, years, notice, offsets) => {
          const list = [att({ issuedOn, expiresOn: addYears(issuedOn, years) })];
          const rules = { afgsuValidityYears: years, afgsuExpiryNoticeDays: notice };
          const days = [...offsets].sort((x, y) => x - y).map((n) => addDays(issuedOn, n));
          const ranks = days.map((d) => RANK[afgsuStatus(list, [], d, rules).status]);
          ranks.slice(1).forEach((rank, i) => expect(rank).toBeGreaterThanOrEqual(ranks[i]));
          days.forEach((d, i) => expect(ranks[i] === 0).toBe(d < issuedOn));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
