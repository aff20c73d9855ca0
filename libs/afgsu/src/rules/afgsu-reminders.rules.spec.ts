import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { AfgsuAttestation, DEFAULT_AFGSU_SETTINGS } from './afgsu-attestation';
import { AFGSU_EXPIRY_REMINDER_DAYS, afgsuReminderDueDates, remindersDueOn } from './afgsu-reminders.rules';

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

describe('afgsuReminderDueDates', () => {
  it('is due 90 and 30 days before the last valid day, on the first expired day, and the day before each session', () => {
    expect(AFGSU_EXPIRY_REMINDER_DAYS).toEqual([90, 30]);
    expect(afgsuReminderDueDates([a], [{ id: 's1', startsOn: '2026-03-02' }], settings)).toEqual([
      { kind: 'afgsu_expiring', dueOn: '2025-12-14', thresholdDays: 90, key: 'afgsu-expiring:a1:90' },
      { kind: 'afgsu_expiring', dueOn: '2026-02-12', thresholdDays: 30, key: 'afgsu-expiring:a1:30' },
      { kind: 'afgsu_session_tomorrow', dueOn: '2026-03-01', key: 'afgsu-session:s1' },
      { kind: 'afgsu_expired', dueOn: '2026-03-15', key: 'afgsu-expired:a1' },
    ]);
  });

  it('handles a last valid day on 29 February and on 28 February after a 29 February issue', () => {
    const four = att({ issuedOn: '2024-02-29', expiresOn: '2028-02-29' });
    expect(afgsuReminderDueDates([four], [], settings).map((r) => r.dueOn)).toEqual(['2027-12-01', '2028-01-30', '2028-03-01']);
    const one = att({ issuedOn: '2024-02-29', expiresOn: '2025-02-28' });
    expect(afgsuReminderDueDates([one], [], settings).map((r) => r.dueOn)).toEqual(['2024-11-30', '2025-01-29', '2025-03-01']);
  });

  it('only reminds of the attestation in force overall: one superseded by a refresher or a later one gives none', () => {
    const refresher = att({ id: 'r1', kind: 'refresher', issuedOn: '2025-12-20', expiresOn: '2030-03-14' });
    expect(afgsuReminderDueDates([a, refresher], [], settings)).toEqual([
      { kind: 'afgsu_expiring', dueOn: '2029-12-14', thresholdDays: 90, key: 'afgsu-expiring:r1:90' },
      { kind: 'afgsu_expiring', dueOn: '2030-02-12', thresholdDays: 30, key: 'afgsu-expiring:r1:30' },
      { kind: 'afgsu_expired', dueOn: '2030-03-15', key: 'afgsu-expired:r1' },
    ]);
    const later = att({ id: 'n1', issuedOn: '2027-01-10', expiresOn: '2031-01-10' });
    expect(afgsuReminderDueDates([later, a], [], settings).map((r) => r.key)).toEqual([
      'afgsu-expiring:n1:90',
      'afgsu-expiring:n1:30',
      'afgsu-expired:n1',
    ]);
  });

  it('ignores unverified attestations', () => {
    const prior = att({ id: 'p1', kind: 'prior', level: 2, expiresOn: '2029-01-01', verified: false });
    expect(afgsuReminderDueDates([a, prior], [], settings).map((r) => r.key)).toEqual([
      'afgsu-expiring:a1:90',
      'afgsu-expiring:a1:30',
      'afgsu-expired:a1',
    ]);
    expect(afgsuReminderDueDates([prior], [], settings)).toEqual([]);
  });

  it('skips an expiring reminder that would fall before the issue date', () => {
    const short = att({ issuedOn: '2026-01-01', expiresOn: '2026-03-01' });
    expect(afgsuReminderDueDates([short], [], settings).map((r) => r.key)).toEqual(['afgsu-expiring:a1:30', 'afgsu-expired:a1']);
  });

  it('gives a reminder for every planned session, whatever the attestations', () => {
    const sessions = [
      { id: 's2', startsOn: '2027-01-12' },
      { id: 's1', startsOn: '2026-03-01' },
    ];
    expect(afgsuReminderDueDates([], sessions, settings)).toEqual([
      { kind: 'afgsu_session_tomorrow', dueOn: '2026-02-28', key: 'afgsu-session:s1' },
      { kind: 'afgsu_session_tomorrow', dueOn: '2027-01-11', key: 'afgsu-session:s2' },
    ]);
  });

  it('throws a RangeError on invalid dates or settings', () => {
    expect(() => afgsuReminderDueDates([att({ expiresOn: '2026-02-29' })], [], settings)).toThrow(RangeError);
    expect(() => afgsuReminderDueDates([], [{ id: 's', startsOn: '01/03/2026' }], settings)).toThrow(RangeError);
    expect(() => afgsuReminderDueDates([a], [], { ...settings, afgsuValidityYears: -1 })).toThrow(RangeError);
  });

  const attestation = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c'),
      issued: fc.integer({ min: 0, max: 4000 }),
      length: fc.integer({ min: 0, max: 2000 }),
      verified: fc.boolean(),
    })
    .map(({ id, issued, length, verified }) => {
      const issuedOn = addDays('2020-01-01', issued);
      return att({ id, issuedOn, expiresOn: addDays(issuedOn, length), verified });
    });
  const session = fc.record({ id: fc.uuid(), startsOn: fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2020-01-01', n)) });

  it('gives sorted reminders with unique keys, expiring ones before the expired one, about one attestation', () => {
    fc.assert(
      fc.property(
        fc.array(attestation, { maxLength: 4 }),
        fc.uniqueArray(session, { maxLength: 3, selector: (s) => s.id }),
        (list, sessions) => {
          const reminders = afgsuReminderDueDates(list, sessions, settings);
          expect(new Set(reminders.map((r) => r.key)).size).toBe(reminders.length);
          reminders.slice(1).forEach((r, i) => expect(reminders[i].dueOn <= r.dueOn).toBe(true));
          const expiry = reminders.filter((r) => r.kind !== 'afgsu_session_tomorrow');
          expect(new Set(expiry.map((r) => r.key.split(':')[1])).size).toBeLessThanOrEqual(1);
          expect(expiry.length > 0).toBe(list.some((x) => x.verified));
          const expired = expiry.find((r) => r.kind === 'afgsu_expired');
          expiry.forEach((r) => expect(r.dueOn <= expired!.dueOn).toBe(true));
          expect(reminders.filter((r) => r.kind === 'afgsu_session_tomorrow')).toHaveLength(sessions.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('remindersDueOn', () => {
  const list = afgsuReminderDueDates([a], [{ id: 's1', startsOn: '2026-02-13' }], settings);

  it('keeps the reminders due exactly today', () => {
    expect(remindersDueOn(list, '2026-02-12')).toEqual([
      { kind: 'afgsu_expiring', dueOn: '2026-02-12', thresholdDays: 30, key: 'afgsu-expiring:a1:30' },
      { kind: 'afgsu_session_tomorrow', dueOn: '2026-02-12', key: 'afgsu-session:s1' },
    ]);
    expect(remindersDueOn(list, '2026-03-15').map((r) => r.key)).toEqual(['afgsu-expired:a1']);
    expect(remindersDueOn(list, '2026-03-14')).toEqual([]);
    expect(remindersDueOn(list, '2025-12-13')).toEqual([]);
  });

  it('throws a RangeError on an invalid date', () => {
    expect(() => remindersDueOn(list, '2026-2-12')).toThrow(RangeError);
  });
});
